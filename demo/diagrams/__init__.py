"""Simple illustrations for the demo course, drawn with Pillow from the
"description" of an image block in demo/content/modules/mN_*.py.

The description is English prose such as "six rounded boxes arranged as a
hexagon, labelled 'Mål', 'Innhold' … Thin lines connect every box". The
quoted words become the Norwegian labels, and a few keywords choose the
layout: a ring (hexagon, every box connected), a cycle (circular, arrows
forming a cycle), a scale between two ends (an arrow with 'A' on the left
and 'B' on the right), a staircase or vertical stack, overlapping circles,
a hub (centre/middle with labels around), or by default a left-to-right
flow of boxes with arrows. Quoted text introduced as "the text", "titled" or
"heading" is drawn as a note above the diagram instead of as a box.

Used by the build_demo_media command (which commits the PNGs under
demo/media/modules/) and by demo.course_media when a PNG is missing.
"""

from demo.diagrams.drawing import draw_diagram, write_png

__all__ = ["draw_diagram", "write_png"]
