"""The fixed lists of the help-place format, defined once.

Each entry maps the tag written in the data to a Swedish explanation for editors (used in
the validator's messages, the JSON Schema and the editors' handbook). The words shown to
readers live in ``data/ui-help/<lang>.yml`` under the same tags.
"""

from __future__ import annotations

#: What kind of place or line this is (HSDS: location_type / a service's category).
KINDS: dict[str, str] = {
    "municipality": ("kommunen själv: växeln eller kontaktcenter, webbplats och e-post "
                     "(skrivs av importen, se docs/editors/help-places.md)"),
    "phone_line": "telefonlinje (en myndighet eller tjänst man ringer)",
    "online_contact": "e-post eller sms (man skickar något, t.ex. anmäler bedrägeri)",
    "government_service_office": "statligt servicekontor (Statens servicecenter)",
    "municipal_service_center": "kommunens servicecenter, medborgarkontor eller kontaktcenter",
    "library": "bibliotek (ofta med DigidelCenter)",
    "reception": "kommunens reception eller växel (hänvisar vidare)",
    "job_center": "arbetsmarknadsenhet eller jobbtorg",
    "adult_education": "vuxenutbildning (Komvux, SFI)",
    "mobile": "rörlig service (bokbuss, buss eller bil som kommer ut)",
}

#: HSDS status values, plus "planned" for a place a source says will open.
STATUSES: dict[str, str] = {
    "active": "öppet som vanligt",
    "temporarily_closed": "tillfälligt stängt",
    "planned": "ska öppna enligt källan, men det är inte bekräftat",
    "inactive": "stängt (visas inte på webbplatsen)",
}

#: What a visitor can get help with or use there.
SERVICES: dict[str, str] = {
    "bankid_help": "hjälp med BankID och e-legitimation",
    "eservice_help": "hjälp med e-tjänster",
    "forms_help": "hjälp att fylla i blanketter och ansökningar",
    "case_questions": "svar om pågående ärenden hos myndigheten",
    "referral": "hänvisning till rätt myndighet eller person",
    "loan_computer": "dator att låna på plats",
    "tablets": "surfplatta att låna",
    "wifi": "öppet wifi",
    "printing": "skriva ut",
    "scanning": "skanna papper",
    "copying": "kopiera",
    "courses": "kurser och träffar om digitala tjänster",
    "report_crime": "göra en polisanmälan",
    "report_scam": "anmäla eller vidarebefordra bedrägeriförsök",
    "health_advice": "råd om hälsa och vård",
}

#: Agencies a place gives guidance for. Proper names: shown as written here in every language.
AGENCIES: dict[str, str] = {
    "arbetsformedlingen": "Arbetsförmedlingen",
    "csn": "CSN",
    "forsakringskassan": "Försäkringskassan",
    "kronofogden": "Kronofogden",
    "migrationsverket": "Migrationsverket",
    "pensionsmyndigheten": "Pensionsmyndigheten",
    "polisen": "Polisen",
    "skatteverket": "Skatteverket",
    "kommunen": "kommunen",
}

#: How the information was checked (verified.method).
VERIFY_METHODS: dict[str, str] = {
    "web": "läst på organisationens webbplats",
    "phone": "ringt och frågat",
    "visit": "varit där",
    "document": "läst i en rapport, ett brev eller en annan handling",
}

#: Who confirms the information (verified.level); [V], [V2] and [U] in facts.md.
VERIFY_LEVELS: dict[str, str] = {
    "organisation": "bekräftat av organisationen själv (dess webbplats, telefon eller besök)",
    "secondary": "bara bekräftat i en annan källa (rapport, press, annan webbplats)",
    "unverified": "inte bekräftat",
}

#: A phone entry: a call or a text message.
PHONE_TYPES: dict[str, str] = {
    "voice": "samtal",
    "sms": "sms",
}

#: How a place's texts in another language were made (translations/<lang>.yml ``method``).
TRANSLATION_METHODS: dict[str, str] = {
    "machine": "maskinöversatt",
    "human": "översatt av en person",
}

#: Places with these statuses are left off the site and the handouts.
HIDDEN_STATUSES = frozenset({"inactive"})
