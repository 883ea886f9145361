"""Language codes a help place may list as spoken, defined once.

ISO 639-1 where the language has a two-letter code, ISO 639-3 where it has none (Swedish
Sign Language, Meänkieli, Dari, the Sami languages other than North Sami, Romani). Each
code maps to the language's own name (its endonym), so a reader recognises their own
language whatever language the page is in.
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {
    "sv": "svenska",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "prs": "دری",
    "so": "Soomaali",
    "ti": "ትግርኛ",
    "am": "አማርኛ",
    "uk": "українська",
    "ru": "русский",
    "fi": "suomi",
    "se": "davvisámegiella",
    "sma": "åarjelsaemien gïele",
    "smj": "julevsámegiella",
    "fit": "meänkieli",
    "yi": "ייִדיש",
    "rom": "romani chib",
    "swl": "svenskt teckenspråk",
    "da": "dansk",
    "nb": "norsk bokmål",
    "nn": "norsk nynorsk",
    "no": "norsk",
    "is": "íslenska",
    "de": "Deutsch",
    "fr": "français",
    "es": "español",
    "it": "italiano",
    "pt": "português",
    "nl": "Nederlands",
    "pl": "polski",
    "cs": "čeština",
    "sk": "slovenčina",
    "hu": "magyar",
    "ro": "română",
    "bg": "български",
    "el": "ελληνικά",
    "et": "eesti",
    "lv": "latviešu",
    "lt": "lietuvių",
    "bs": "bosanski",
    "hr": "hrvatski",
    "sr": "српски",
    "sq": "shqip",
    "mk": "македонски",
    "tr": "Türkçe",
    "ku": "Kurdî",
    "ckb": "کوردیی ناوەندی",
    "ps": "پښتو",
    "ur": "اردو",
    "hi": "हिन्दी",
    "bn": "বাংলা",
    "pa": "ਪੰਜਾਬੀ",
    "ta": "தமிழ்",
    "th": "ไทย",
    "vi": "Tiếng Việt",
    "zh": "中文",
    "ja": "日本語",
    "ko": "한국어",
    "tl": "Tagalog",
    "sw": "Kiswahili",
    "om": "Afaan Oromoo",
    "he": "עברית",
    "hy": "հայերեն",
    "ka": "ქართული",
    "az": "azərbaycan dili",
    "uz": "oʻzbekcha",
    "my": "မြန်မာဘာသာ",
}


def name_of(code: str) -> str:
    """The language's own name, or the code itself when we do not know it."""
    return LANGUAGES.get(code, code)
