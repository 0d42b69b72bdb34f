import wagtail_factories


class PageFactory(wagtail_factories.PageFactory):
    """wagtail_factories' page factory, saving a page as Wagtail saves a
    draft (minimal_clean: the core defaults, a valid title, a free slug)
    instead of with full_clean, which validates every field and constraint
    again, some with queries of their own, on every page a test builds.
    Like every other factory here, it trusts the values it is given; tests
    of validation call full_clean themselves."""

    class Meta:
        abstract = True

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        instance = model_class(**kwargs)
        instance.full_clean = instance.minimal_clean  # what Page.save() calls
        try:
            parent.add_child(instance=instance)
        finally:
            del instance.full_clean
        return instance
