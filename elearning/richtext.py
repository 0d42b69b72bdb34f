"""The rich-text features editors get, one list for the whole site.

A page's own text fields start their sections at h2 (the page title is the
h1). Text inside a StreamField block sits under a heading already, so it
starts at h3 and the outline never skips a level (WCAG 1.3.1). Text under a
block's own h3 title has no headings, and a short text outside the page's
content (the site's footer) has no structure at all. Every rich-text field
and block uses one of these lists (tests/elearning/test_richtext.py)."""

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
BLOCK_RICH_TEXT_FEATURES = [feature for feature in RICH_TEXT_FEATURES if feature != "h2"]
NO_HEADING_RICH_TEXT_FEATURES = [feature for feature in BLOCK_RICH_TEXT_FEATURES if feature != "h3"]
INLINE_RICH_TEXT_FEATURES = ["bold", "italic", "link"]
