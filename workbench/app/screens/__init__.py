"""The review app's secondary screens: help, link, summary, export, prompt, filter and choice.

Each takes plain data in its constructor and hands its result back through `dismiss`. The main screen,
which owns the review and opens these, is `workbench.app.screens.review.ReviewScreen` (not imported here:
it imports them).
"""

from workbench.app.screens.choice import ChoiceScreen
from workbench.app.screens.export import ExportScreen
from workbench.app.screens.filter import FilterScreen
from workbench.app.screens.help import HelpScreen
from workbench.app.screens.link import LinkScreen
from workbench.app.screens.prompt import PromptScreen
from workbench.app.screens.summary import SummaryScreen

__all__ = ["ChoiceScreen", "ExportScreen", "FilterScreen", "HelpScreen", "LinkScreen", "PromptScreen", "SummaryScreen"]
