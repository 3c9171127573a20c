"""Fixed vocabularies shared by programmes, examples and the API. Keys never change; labels translate."""

from django.db import models
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    WELLBEING_REGION = "wellbeing_region", _("Wellbeing services county")
    JOINT_AUTHORITY = "joint_authority", _("Joint municipal authority")
    OTHER = "other", _("Other organisation")


class Region(models.TextChoices):
    UUSIMAA = "uusimaa", _("Uusimaa")
    VARSINAIS_SUOMI = "varsinais_suomi", _("Southwest Finland")
    SATAKUNTA = "satakunta", _("Satakunta")
    KANTA_HAME = "kanta_hame", _("Kanta-Häme")
    PIRKANMAA = "pirkanmaa", _("Pirkanmaa")
    PAIJAT_HAME = "paijat_hame", _("Päijät-Häme")
    KYMENLAAKSO = "kymenlaakso", _("Kymenlaakso")
    ETELA_KARJALA = "etela_karjala", _("South Karelia")
    ETELA_SAVO = "etela_savo", _("South Savo")
    POHJOIS_SAVO = "pohjois_savo", _("North Savo")
    POHJOIS_KARJALA = "pohjois_karjala", _("North Karelia")
    KESKI_SUOMI = "keski_suomi", _("Central Finland")
    ETELA_POHJANMAA = "etela_pohjanmaa", _("South Ostrobothnia")
    POHJANMAA = "pohjanmaa", _("Ostrobothnia")
    KESKI_POHJANMAA = "keski_pohjanmaa", _("Central Ostrobothnia")
    POHJOIS_POHJANMAA = "pohjois_pohjanmaa", _("North Ostrobothnia")
    KAINUU = "kainuu", _("Kainuu")
    LAPPI = "lappi", _("Lapland")
    AHVENANMAA = "ahvenanmaa", _("Åland")


class Domain(models.TextChoices):
    """THL's three domains of participation."""

    OWN_LIFE = "own_life", _("Participation in one's own life")
    COMMUNITIES = "communities", _("Participation in communities and in influencing")
    COMMON_GOOD = "common_good", _("Participation in the common good")


class QuestionTheme(models.TextChoices):
    GENERAL = "general", _("General")
    CO_PLANNING = "co_planning", _("Co-planning and co-development")
    SELF_DIRECTED = "self_directed", _("Self-directed and joint activity")
    STRUCTURES = "structures", _("Structures that promote participation")


class QuestionAudience(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    MUNICIPALITIES = "municipalities", _("Especially municipalities")
    SERVICES = "services", _("Especially services")


class Voice(models.TextChoices):
    """The nine voices a participation group should hold (THL, step 1)."""

    UNORGANISED_RESIDENTS = "unorganised_residents", _("Unorganised residents of all ages")
    NETWORKS = "networks", _("Networks and informal communities")
    EXPERTS_BY_EXPERIENCE = "experts_by_experience", _("Experts by experience")
    SERVICE_USERS = "service_users", _("Service users")
    NGOS = "ngos", _("Civil society organisations")
    PARISHES = "parishes", _("Parishes")
    AUTHORITIES = "authorities", _("Public authorities")
    BUSINESS = "business", _("Business and entrepreneurs")
    ELECTED_OFFICIALS = "elected_officials", _("Councillors and elected officials")


class NeedMethod(models.TextChoices):
    SURVEY = "survey", _("Resident or client survey")
    INTERVIEWS = "interviews", _("Interviews")
    WORKSHOP = "workshop", _("Workshop")
    OBSERVATION = "observation", _("Observation")
    EARLIER_DATA = "earlier_data", _("Earlier data and reports")


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    ONGOING = "ongoing", _("Ongoing")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class TargetGroup(models.TextChoices):
    EVERYONE = "everyone", _("All residents")
    CHILDREN = "children", _("Children")
    YOUNG_PEOPLE = "young_people", _("Young people")
    FAMILIES = "families", _("Families with children")
    WORKING_AGE = "working_age", _("Working-age residents")
    OLDER_PEOPLE = "older_people", _("Older people")
    UNEMPLOYED = "unemployed", _("Unemployed people")
    IMMIGRANTS = "immigrants", _("Immigrants")
    DISABLED = "disabled", _("People with disabilities")
    MENTAL_HEALTH = "mental_health", _("People with mental health or substance use problems")
    LOW_INCOME = "low_income", _("People on a low income")
    LONELY = "lonely", _("Lonely or isolated people")
    SWEDISH_SPEAKERS = "swedish_speakers", _("Swedish-speaking residents")
    STAFF = "staff", _("Staff")
    NGOS = "ngos", _("Civil society organisations")


# Groups in a weak position: the guide asks every programme to reach them on purpose.
VULNERABLE_TARGET_GROUPS = frozenset(
    {
        TargetGroup.UNEMPLOYED,
        TargetGroup.IMMIGRANTS,
        TargetGroup.DISABLED,
        TargetGroup.MENTAL_HEALTH,
        TargetGroup.LOW_INCOME,
        TargetGroup.LONELY,
    }
)


def vulnerable_target_group_labels():
    """The groups in a weak position, as a list an editor reads in the admin's language."""
    return lazy(
        lambda: ", ".join(
            str(group.label) for group in TargetGroup if group in VULNERABLE_TARGET_GROUPS
        ),
        str,
    )()


class KnownIndicator(models.TextChoices):
    ESIS = "esis", _("THL's participation indicator (ESIS)")


class LinkKind(models.TextChoices):
    WELFARE_REPORT = "welfare_report", _("Welfare report")
    STRATEGY = "strategy", _("Strategy")
    OTHER = "other", _("Other document")
