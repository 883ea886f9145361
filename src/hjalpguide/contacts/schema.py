"""The help-place data format, defined once.

Every field a data file may hold is a :class:`Field` here, with its type, whether it is
required, which fixed list it takes its values from (``vocab``) and a Swedish explanation
for editors. The structure check (``structure``), the JSON Schema published with the site
(:func:`json_schema`) and the field table in the editors' handbook all read these tables.

Field names follow Open Referral HSDS where HSDS has one (id, name, status, description,
email, url, languages, phones, accessibility, alert); ``kind`` stands for HSDS
``location_type``, ``opening_hours`` for ``regular_schedule`` (in OpenStreetMap syntax) and
``verified`` for ``assured_date`` plus how and by what it was checked.

Types: ``string`` (one text, the same in every language), ``text`` (shown to readers:
either plain Swedish text, or a group with one text per site language where ``sv`` is
required), ``date`` (YYYY-MM-DD), ``list``, ``object``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hjalpguide.contacts import isolang, vocab


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    doc: str
    required: bool = False
    choices: Mapping[str, str] | None = None
    format: str | None = None
    items: str | None = None
    fields: tuple[Field, ...] = ()
    example: str = ""
    nullable: bool = False  # the open data only: null where a value does not apply
    max_length: int = 200  # characters, per language; the check says the limit


#: Longer limits than the default 200 characters, by what the field holds.
NAME_LENGTH, URL_LENGTH = 120, 2000


def by_name(fields: tuple[Field, ...]) -> dict[str, Field]:
    return {f.name: f for f in fields}


MUNICIPALITY = (
    Field("code", "string", "kommunkod med fyra siffror, inom citattecken", True,
          format="municipality_code", example='"2281"'),
    Field("name", "string", "kommunens namn som i SCB:s lista", True, example="Sundsvall",
          max_length=NAME_LENGTH),
)

ADDRESS = (
    Field("street", "string", "gatuadress", True, example="Sjögatan 1"),
    Field("postal_code", "string", "postnummer, inom citattecken", format="postal_code",
          example='"852 30"'),
    Field("city", "string", "ort", True, example="Sundsvall"),
    Field("directions", "text", "hur man hittar dit, t.ex. våning eller ingång",
          max_length=300),
)

PHONE = (
    Field("number", "string", "numret i internationell form (E.164), inom citattecken",
          format="e164", example='"+46771524524"'),
    Field("short", "string", "kortnummer (t.ex. 1177, 11414, 112), i stället för number",
          format="short_number", example='"11414"'),
    Field("display", "string", "numret så som organisationen själv skriver det", True,
          example='"0771-524 524"'),
    Field("type", "string", "samtal eller sms (standard: voice)", choices=vocab.PHONE_TYPES),
    Field("description", "text", "vad numret är till för", max_length=300),
    Field("opening_hours", "string", "när linjen är öppen (OpenStreetMap-format)",
          format="opening_hours", example='"Mo-Fr 09:00-15:00; PH off"', max_length=500),
)

VERIFIED = (
    Field("date", "date", "dagen då uppgifterna kontrollerades (ÅÅÅÅ-MM-DD)", True,
          example="2026-11-01"),
    Field("method", "string", "hur de kontrollerades", True, choices=vocab.VERIFY_METHODS),
    Field("source", "string", "källan: en webbadress eller namnet på en handling", True,
          format="source", max_length=URL_LENGTH),
    Field("level", "string", "vem som bekräftar uppgifterna (standard: organisation)",
          choices=vocab.VERIFY_LEVELS),
    Field("source_label", "string", "kort namn på källan som läsaren ser, t.ex. "
          "Försäkringskassans webbplats (valfritt; annars webbplatsens namn)",
          example="Försäkringskassans webbplats", max_length=NAME_LENGTH),
    Field("source_url", "string", "länk till källan, när source inte är en webbadress "
          "(valfritt)", format="url", max_length=URL_LENGTH),
    Field("by", "string", "vem som kontrollerade (valfritt)", max_length=NAME_LENGTH),
    Field("note", "string", "anteckning om kontrollen, för redaktörer (visas inte)",
          max_length=1000),
)

SERVICE_HOURS = (
    Field("name", "text", "vad tiderna gäller, t.ex. IT-hjälp (drop-in)", True,
          example="IT-hjälp (drop-in)", max_length=NAME_LENGTH),
    Field("opening_hours", "string", "tjänstens tider i OpenStreetMap-format", True,
          format="opening_hours", example='"Mo-Fr 13:00-15:00"', max_length=500),
)

PLACE = (
    Field("id", "string", "unikt namn på platsen: små bokstäver a–z, siffror och bindestreck",
          True, format="slug", example="sundsvall-stadsbiblioteket"),
    Field("name", "text", "platsens namn", True, example="Stadsbiblioteket",
          max_length=NAME_LENGTH),
    Field("kind", "string", "vilket slags ställe det är", True, choices=vocab.KINDS),
    Field("status", "string", "om platsen är öppen (standard: active)", choices=vocab.STATUSES),
    Field("organization", "string", "vem som driver platsen", example="Sundsvalls kommun",
          max_length=NAME_LENGTH),
    Field("description", "text", "kort beskrivning med enkla ord", max_length=600),
    Field("address", "object", "besöksadress", fields=ADDRESS),
    Field("accessibility", "text", "tillgänglighet: ramp, hiss, hörslinga …", max_length=400),
    Field("phones", "list", "telefonnummer och kortnummer", items="object", fields=PHONE),
    Field("email", "string", "e-postadress", format="email", max_length=254),
    Field("url", "string", "webbsida (https://, eller http:// som källan skriver den)",
          format="url", max_length=URL_LENGTH),
    Field("languages", "list", "språk som personalen talar (språkkoder)", items="string",
          choices=isolang.LANGUAGES),
    Field("services", "list", "vad man kan få hjälp med", items="string",
          choices=vocab.SERVICES),
    Field("agencies", "list", "myndigheter som platsen ger vägledning om", items="string",
          choices=vocab.AGENCIES),
    Field("opening_hours", "string", "öppettider i OpenStreetMap-format, inom citattecken",
          format="opening_hours", example='"Mo-Fr 08:00-16:30; PH off"', max_length=500),
    Field("service_hours", "list", "tider för en tjänst på platsen, t.ex. IT-hjälp, när de "
          "är andra än platsens öppettider", items="object", fields=SERVICE_HOURS),
    Field("alert", "text", "tillfälligt meddelande, t.ex. stängt under en period",
          max_length=300),
    Field("verified", "object", "när, hur och var uppgifterna kontrollerades", True,
          fields=VERIFIED),
)

FILE = (
    Field("municipality", "object", "kommunen (saknas bara i national.yml)", fields=MUNICIPALITY),
    Field("places", "list", "platserna och linjerna", True, items="object", fields=PLACE),
)

NATIONAL_FILE_NAME = "national.yml"

# --- the open data (hjalp/help-places.json): the places as the site shows them ------------
# Built from the tables above, so the data file and the open data cannot drift apart.
# Types only here: ``boolean``, and ``by_language`` (an object keyed by the site's languages
# other than Swedish, each value an object of ``fields``).

LICENSE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"

OPEN_MUNICIPALITY = MUNICIPALITY + (
    Field("county", "string", "länets namn", True, example="Västernorrlands län"),
)

TRANSLATED = (
    Field("method", "string", "hur texterna på språket gjordes", True,
          choices=vocab.TRANSLATION_METHODS),
    Field("source", "string", "språket de översattes från", True, choices={"sv": "svenska"}),
)

OPEN_PLACE = (
    *PLACE[:4],
    Field("municipality", "object", "kommunen platsen hör till; null för de nationella "
          "linjerna", True, fields=OPEN_MUNICIPALITY, nullable=True),
    *PLACE[4:],
    Field("translated", "by_language", "språk vars texter kommer från en översättning av "
          "den svenska texten, och hur de gjordes", fields=TRANSLATED),
    Field("recently_verified", "boolean", "sant när verified.date är högst 365 dagar gammalt "
          "räknat från generated", True),
)

OPEN_DATA = (
    Field("generated", "date", "dagen då filen gjordes (webbplatsens byggdag)", True),
    Field("license", "string", "licensen för uppgifterna (CC0 1.0)", True, format="url"),
    Field("kinds", "list", "alla slags platser som finns i formatet", True, items="string",
          choices=vocab.KINDS),
    Field("services", "list", "allt man kan få hjälp med enligt formatet", True,
          items="string", choices=vocab.SERVICES),
    Field("places", "list", "platserna och linjerna som webbplatsen visar", True,
          items="object", fields=OPEN_PLACE),
)


# --- JSON Schema ------------------------------------------------------------------------

def json_schema(languages: list[str]) -> dict:
    """A JSON Schema (draft 2020-12) of one editors' data file (``data/help-places/*.yml``),
    for editors' tools; published as ``hjalp/help-place-file.schema.json``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Hjälpguiden: en datafil med hjälpställen (data/help-places/*.yml)",
        **_object(FILE, languages),
    }


def open_data_schema(languages: list[str]) -> dict:
    """The JSON Schema (draft 2020-12) of the open data ``hjalp/help-places.json``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Hjälpguiden: alla hjälpställen som öppna data (hjalp/help-places.json)",
        **_object(OPEN_DATA, languages),
    }


def _object(fields: tuple[Field, ...], languages: list[str]) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": [f.name for f in fields if f.required],
        "properties": {f.name: _field(f, languages) for f in fields},
    }


def _field(field: Field, languages: list[str]) -> dict:
    out: dict = {"description": field.doc}
    if field.type == "text":
        one = {"type": "string", "minLength": 1, "maxLength": field.max_length}
        per_language = {lang: dict(one) for lang in languages}
        out["oneOf"] = [
            dict(one),
            {"type": "object", "additionalProperties": False, "required": ["sv"],
             "properties": per_language},
        ]
    elif field.type == "date":
        out.update(type="string", format="date")
    elif field.type == "boolean":
        out["type"] = "boolean"
    elif field.type == "by_language":
        out.update(type="object", propertyNames={"enum": languages[1:]},
                   additionalProperties=_object(field.fields, languages))
    elif field.type == "object":
        out.update(_object(field.fields, languages))
    elif field.type == "list":
        item = (_object(field.fields, languages) if field.items == "object"
                else {"type": "string"})
        if field.choices:
            item["enum"] = sorted(field.choices)
        out.update(type="array", items=item)
    else:
        out.update(type="string", maxLength=field.max_length)
        if field.choices:
            out["enum"] = sorted(field.choices)
        if field.format in _FORMATS:
            out.update(_FORMATS[field.format])
    if field.nullable:
        out = {"description": out.pop("description"), "oneOf": [out, {"type": "null"}]}
    return out


_FORMATS = {
    "url": {"format": "uri", "pattern": "^https?://"},
    "email": {"format": "email"},
    "slug": {"pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "e164": {"pattern": r"^\+[1-9][0-9]{6,14}$"},
    "short_number": {"pattern": "^[1-9][0-9]{2,5}$"},
    "municipality_code": {"pattern": "^[0-9]{4}$"},
    "postal_code": {"pattern": "^[0-9]{3} ?[0-9]{2}$"},
}
