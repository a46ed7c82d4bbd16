"""Names vulture reports as unused that are used by something it cannot see (a Jinja
template, spaCy, Textual, Python's protocols, the tests). Read by tests/unit/test_dead_code.py;
never imported. Add a name here only with the reason it is used."""

# The brief's fields and properties are read by annotate/export/templates/brief.md.j2.
copy_of
_.copy_of
_.key_quote
_.strength_basis
between
bottom_line_drafted
coverage
actor_groups
heading

# Lazy attributes of the `annotate` package (PEP 562): dir(annotate) and tab completion list them.
__getattr__
__dir__

# Read by callers and tests (a 304 from the feed server).
not_modified

# Protocol signatures: __exit__(*exc), LineFilter.apply(segments, background), the lock's
# context manager (called by `with`).
exc
background
self_
__enter__
__exit__

# A spaCy pipeline component registered by name; token flags spaCy reads.
bluf_paragraphs
_.is_sent_start

# Public helpers the tests exercise directly.
cue_hits
_.insert_many
CONFLICT

# Textual reads these attributes and class variables.
_.animation_level
VERTICAL_BARS
HORIZONTAL_BARS
_.renderer
_.virtual_size
_.cursor_blink
# spaCy's tokenizer reads these attributes (annotate/nlp/pipeline.py _split_dashes).
_.prefix_search
_.infix_finditer
# Dask calls a preloaded module's dask_setup(worker) by name (dask worker --preload annotate.cluster).
dask_setup
# Dask reads a WorkerPlugin's name and idempotent, and calls its setup(worker=...) by keyword (annotate.cluster.worker_plugin).
_.name
_.idempotent
_.setup
worker
# Textual reads an App's breakpoints and sets the classes app.tcss uses for compact toasts (tui/app.py).
HORIZONTAL_BREAKPOINTS
VERTICAL_BREAKPOINTS
# Textual's DataTable reads header_height (tui/screens/matrix.py: two-line incident heads).
_.header_height
# ActorResolver.inferred: which affiliations the story-country back-off set (annotate/inferred_affiliation.py);
# read by tests/unit/test_inferred_affiliation.py, not yet shown to the user.
_.inferred
# tui/app.py follow_labels: an open reader screen takes the reader class of a new label vocabulary (same body, other BINDINGS).
_.__class__
# IncidentRow.dates_given: read by the brief template (annotate/export/templates/brief.md.j2).
_.dates_given
