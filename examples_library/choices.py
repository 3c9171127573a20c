from django.db import models
from django.utils.translation import gettext_lazy as _


class Theme(models.TextChoices):
    YOUTH = "youth", _("Young people")
    OLDER_PEOPLE = "older_people", _("Older people")
    CO_DEVELOPMENT = "co_development", _("Co-development")
    PARTICIPATORY_BUDGETING = "participatory_budgeting", _("Participatory budgeting")
    DIGITAL_PARTICIPATION = "digital_participation", _("Digital participation")
    INTERACTION_PLAN = "interaction_plan", _("Interaction plan")
    STRUCTURES = "structures", _("Structures for participation")
    EXPERTS_BY_EXPERIENCE = "experts_by_experience", _("Experts by experience")
    CLIENT_PARTICIPATION = "client_participation", _("Client participation")
    CIVIC_ACTIVITY = "civic_activity", _("Civic activity")
    EVALUATION = "evaluation", _("Evaluation and monitoring")
    LOCAL_DEMOCRACY = "local_democracy", _("Local democracy")


class PopulationClass(models.TextChoices):
    UNDER_10K = "under_10k", _("Under 10,000 residents")
    FROM_10K_TO_50K = "10k_50k", _("10,000–50,000 residents")
    FROM_50K_TO_100K = "50k_100k", _("50,000–100,000 residents")
    OVER_100K = "over_100k", _("Over 100,000 residents")


STEP_LABELS = {
    1: _("Form a participation group"),
    2: _("Choose a participation coordinator"),
    3: _("Map the needs"),
    4: _("Agree the results, means and evaluation"),
    5: _("Record the work in the programme"),
}
