"""The demo's Norwegian content as plain data, read by demo.loaders."""
