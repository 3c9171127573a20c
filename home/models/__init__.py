from .guide import GuideIndexPage, GuideStepPage
from .pages import ContentPage, HomePage

__all__ = ["ContentPage", "GuideIndexPage", "GuideStepPage", "HomePage"]
