"""The app's poll takes in another analyst's edits every POLL_SECONDS, whatever the screens
are doing at that moment. A poll that fell while a reader was still being put together, or
while the app was closing, asked a reader for a panel it did not hold (yet, or any more) and
took the app down with a traceback (seen once in CI, in a test's shutdown)."""

from __future__ import annotations

from annotate.workspace import open_workspace
from tui.app import BlufApp
from tui.screens.reader import ReaderScreen
from tui.widgets.actor_panel import ActorPanel

from .helpers import settle


def another_analyst_tags(ws_path, source_id: str) -> None:
    """Bob, in his own process, tags the first quote of the source that has a speaker."""
    other = open_workspace(ws_path, annotator="bob")
    other.analyze()
    index = next(i for i, q in enumerate(other.quotes(source_id)) if q.actor_id)
    other.tag(source_id, index, "hawkish")
    other.close()


async def test_a_poll_while_the_reader_opens_shows_the_other_analysts_tag_once_it_is_open(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        source = next(s for s in app.workspace.sources() if app.workspace.quotes(s.id))
        another_analyst_tags(ws_path, source.id)
        app.open_reader(source.id)  # pushed: not composed until the loop runs again
        app.poll_workspace()  # Bob's tag comes in at that very moment
        await settle(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert any(st.annotator == "bob" for st in app.workspace.stances(source.id))
        assert "1/" in str(reader.query_one("#status").render())  # the tag is counted


async def test_a_poll_while_the_app_closes_ends_it_cleanly(ws_path):
    app = BlufApp(db=ws_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        source = next(s for s in app.workspace.sources() if app.workspace.quotes(s.id))
        app.open_reader(source.id)
        await settle(app, pilot)
        another_analyst_tags(ws_path, source.id)
        reader = app.screen
        real_prune = app._prune

        async def prune_then_poll(*nodes, **kw):
            # Textual takes the screens' widgets down one by one; the poll's timer fires
            # when the actor panel is gone and the article is not
            app._prune = real_prune
            await reader.query_one(ActorPanel).remove()
            app.poll_workspace()
            return await real_prune(*nodes, **kw)

        app._prune = prune_then_poll
    assert app.return_code in (0, None)
