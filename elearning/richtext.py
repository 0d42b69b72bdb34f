"""The rich-text features editors get, one list for the whole site.

A page's own text fields start their sections at h2 (the page title is the
h1). Text inside a StreamField block sits under a heading already, so it
starts at h3 and the outline never skips a level (WCAG 1.3.1)."""

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
BLOCK_RICH_TEXT_FEATURES = [feature for feature in RICH_TEXT_FEATURES if feature != "h2"]
