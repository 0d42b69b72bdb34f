"""What the load data generators share (demo.loadgen imports every
generator, so they take it from here, not from the package)."""

BATCH = 5_000


def spread(index: int, salt: int = 0) -> float:
    """A number in [0, 1) that looks random but is fixed for (index, salt)."""
    return ((index * 2654435761 + salt * 40503) % 1_000_003) / 1_000_003
