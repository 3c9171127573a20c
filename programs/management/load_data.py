"""Fictional organisations and programmes for load tests, the same in fi, sv and en.

Everything comes from one random.Random(seed): the same seed gives the same names, numbers and
block ids. Texts are chosen by index from parallel phrase lists, so the sv and en pages are true
translations of the Finnish one.
"""

import datetime
import random
import uuid

from programs.choices import (
    Domain,
    MeasureStatus,
    NeedMethod,
    OrganisationType,
    Region,
    TargetGroup,
    Voice,
)

LANGUAGES = ("fi", "sv", "en")
SLUG_PREFIX = "kuviteltu"

# The first word of every name says it is made up, in each language.
KIND = {
    "fi": "Kuviteltu kunta",
    "sv": "Påhittad kommun",
    "en": "Fictional municipality",
}
PROGRAMME = {
    "fi": "Osallisuusohjelma",
    "sv": "Delaktighetsprogram",
    "en": "Participation programme",
}
SYLLABLES = ("har", "ju", "lah", "ti", "kos", "ki", "nie", "mi", "sal", "mi", "vaa", "ra", "lin")
ENDINGS = ("la", "järvi", "koski", "niemi", "salo", "vaara", "lahti", "mäki")

GOALS = [
    {
        "fi": "Nuorten ääni kuuluu päätöksissä",
        "sv": "De ungas röst hörs i besluten",
        "en": "Young people's voice is heard in decisions",
    },
    {
        "fi": "Ikäihmiset osallistuvat lähipalvelujen suunnitteluun",
        "sv": "Äldre deltar i planeringen av närservicen",
        "en": "Older people take part in planning local services",
    },
    {
        "fi": "Yksinäisyys vähenee",
        "sv": "Ensamheten minskar",
        "en": "Loneliness decreases",
    },
    {
        "fi": "Asukkaat tuntevat vaikutusmahdollisuutensa",
        "sv": "Invånarna känner till sina möjligheter att påverka",
        "en": "Residents know how they can influence",
    },
    {
        "fi": "Järjestöt ja kunta suunnittelevat yhdessä",
        "sv": "Organisationerna och kommunen planerar tillsammans",
        "en": "Organisations and the municipality plan together",
    },
    {
        "fi": "Maahan muuttaneet löytävät harrastuksia",
        "sv": "Invandrare hittar fritidsaktiviteter",
        "en": "Immigrants find leisure activities",
    },
]
MEASURES = [
    {
        "fi": "Nuorisovaltuuston puheoikeus lautakunnissa",
        "sv": "Ungdomsfullmäktige får yttranderätt i nämnderna",
        "en": "The youth council may speak in committees",
    },
    {
        "fi": "Asukasraati kahdesti vuodessa",
        "sv": "Invånarpanel två gånger om året",
        "en": "A residents' panel twice a year",
    },
    {
        "fi": "Kohtaamispaikka kirjastoon",
        "sv": "En mötesplats i biblioteket",
        "en": "A meeting place in the library",
    },
    {
        "fi": "Osallistuva budjetointi kaupunginosissa",
        "sv": "Deltagande budgetering i stadsdelarna",
        "en": "Participatory budgeting in the districts",
    },
    {
        "fi": "Selkokielinen tiedote jokaiseen kotiin",
        "sv": "Ett lättläst meddelande till varje hem",
        "en": "An easy-to-read bulletin to every home",
    },
    {
        "fi": "Järjestöyhdyshenkilö kunnalle",
        "sv": "En kontaktperson för organisationerna i kommunen",
        "en": "A contact person for organisations in the municipality",
    },
]
RESPONSIBLE = {
    "fi": ["Nuorisopalvelut", "Hyvinvointikoordinaattori", "Kirjasto", "Kunnanhallitus"],
    "sv": ["Ungdomstjänsterna", "Välfärdskoordinatorn", "Biblioteket", "Kommunstyrelsen"],
    "en": ["Youth services", "Wellbeing coordinator", "Library", "Municipal executive board"],
}
INDICATORS = [
    {
        "fi": "Kokee voivansa vaikuttaa asioihin (%)",
        "sv": "Upplever att hen kan påverka (%)",
        "en": "Feels able to influence matters (%)",
    },
    {
        "fi": "Asukastilaisuuksien osallistujat",
        "sv": "Deltagare i invånarmöten",
        "en": "Participants in residents' meetings",
    },
    {
        "fi": "Kokee itsensä usein yksinäiseksi (%)",
        "sv": "Känner sig ofta ensam (%)",
        "en": "Often feels lonely (%)",
    },
]
UNITS = ("%", "", "%")
SUMMARY = {
    "fi": "Kuviteltu ohjelma kuormitustestejä varten. Se ei kuvaa mitään todellista kuntaa.",
    "sv": "Ett påhittat program för belastningstester. Det beskriver ingen verklig kommun.",
    "en": "A made-up programme for load tests. It describes no real municipality.",
}
NEED = {
    "fi": "Asukkaat haluavat tietää, mitä heidän palautteelleen tapahtuu.",
    "sv": "Invånarna vill veta vad som händer med deras respons.",
    "en": "Residents want to know what happens to their feedback.",
}
GROUP = {
    "fi": "Nuorisovaltuusto, vanhusneuvosto ja kaksi kyläyhdistystä",
    "sv": "Ungdomsfullmäktige, äldrerådet och två byaföreningar",
    "en": "The youth council, the older people's council and two village associations",
}


def organisation_name(number, rng):
    stem = "".join(rng.choice(SYLLABLES) for _ in range(2)) + rng.choice(ENDINGS)
    return f"{stem.capitalize()} {number:03d}"


class ProgrammeContent:
    """The values of one organisation and its programme, per language."""

    def __init__(self, number, goal_count, rng, today):
        self.number = number
        self.name = organisation_name(number, rng)
        self.slug = f"{SLUG_PREFIX}-{number:03d}"
        self.region = rng.choice(Region.values)
        self.start_year = rng.randint(today.year - 3, today.year)
        self._today = today
        self._goal_seeds = [rng.getrandbits(32) for _ in range(goal_count)]
        self._seed = rng.getrandbits(32)

    def _id(self, rng):
        return str(uuid.UUID(int=rng.getrandbits(128)))

    def organisation_values(self, language):
        return {
            "title": f"{KIND[language]} {self.name}",
            "slug": self.slug,
            "organisation_type": OrganisationType.MUNICIPALITY,
            "region": self.region,
            "contact": f"osallisuus@{self.slug}.example",
            "website": f"https://{self.slug}.example/",
            "description": f"<p>{SUMMARY[language]}</p>",
        }

    def programme_values(self, language):
        # The same seed in every language: the same blocks, ids and numbers, translated texts.
        rng = random.Random(self._seed)
        return {
            "title": f"{PROGRAMME[language]} {self.start_year}–{self.start_year + 3}",
            "slug": f"ohjelma-{self.start_year}",
            "summary": SUMMARY[language],
            "plain_language_summary": SUMMARY[language],
            "period_start": datetime.date(self.start_year, 1, 1),
            "period_end": datetime.date(self.start_year + 3, 12, 31),
            "adopted_on": datetime.date(self.start_year - 1, 11, rng.randint(1, 28)),
            "adopted_by": {"fi": "Kunnanvaltuusto", "sv": "Kommunfullmäktige"}.get(
                language, "Municipal council"
            ),
            "coordinator_role": RESPONSIBLE[language][1],
            "group": [
                {
                    "type": "members",
                    "id": self._id(rng),
                    "value": {"voice": voice, "members": GROUP[language]},
                }
                for voice in rng.sample(Voice.values, 4)
            ],
            "needs": [
                {
                    "type": "need",
                    "id": self._id(rng),
                    "value": {
                        "domain": rng.choice(Domain.values),
                        "method": rng.choice(NeedMethod.values),
                        "text": NEED[language],
                    },
                }
            ],
            "goals": [self._goal(language, random.Random(seed)) for seed in self._goal_seeds],
            "residents_influence": NEED[language],
            "monitoring": SUMMARY[language],
            "monitoring_data_open": True,
            "links": [
                {
                    "type": "link",
                    "id": self._id(rng),
                    "value": {
                        "kind": "welfare_report",
                        "title": {"fi": "Hyvinvointikertomus", "sv": "Välfärdsberättelse"}.get(
                            language, "Welfare report"
                        ),
                        "url": f"https://{self.slug}.example/hyvinvointikertomus.pdf",
                    },
                }
            ],
        }

    def _goal(self, language, rng):
        goal = rng.choice(GOALS)
        measures = [self._item(rng, self._measure(language, rng)) for _ in range(rng.randint(2, 4))]
        indicators = [
            self._item(rng, self._indicator(language, rng)) for _ in range(rng.randint(1, 3))
        ]
        return {
            "type": "goal",
            "id": self._id(rng),
            "value": {
                "title": goal[language],
                "description": goal[language],
                "measures": measures,
                "indicators": indicators,
            },
        }

    def _item(self, rng, value):
        return {"type": "item", "id": self._id(rng), "value": value}

    def _measure(self, language, rng):
        measure = rng.choice(MEASURES)
        return {
            "title": measure[language],
            "description": measure[language],
            "responsible": rng.choice(RESPONSIBLE[language]),
            "target_groups": rng.sample(TargetGroup.values, 2),
            "resources": "",
            "schedule": str(self.start_year + rng.randint(0, 3)),
            "due_date": None,
            "updates": [
                self._item(
                    rng,
                    {
                        "date": datetime.date(year, 6, 30).isoformat(),
                        "status": rng.choice(MeasureStatus.values),
                        "progress": rng.randrange(0, 101, 5),
                        "note": "",
                    },
                )
                for year in range(self._today.year - rng.randint(0, 2), self._today.year)
            ],
        }

    def _indicator(self, language, rng):
        index = rng.randrange(len(INDICATORS))
        baseline = round(rng.uniform(20, 60), 1)
        years = range(self._today.year - rng.randint(3, 6), self._today.year)
        return {
            "name": INDICATORS[index][language],
            "known_indicator": "esis" if index == 0 else "",
            "unit": UNITS[index],
            "baseline": baseline,
            "target": round(baseline + rng.uniform(5, 15), 1),
            "observations": [
                self._item(
                    rng,
                    {
                        "date": datetime.date(year, 6, 30).isoformat(),
                        "value": round(baseline + rng.uniform(-5, 10), 1),
                    },
                )
                for year in years
            ],
        }
