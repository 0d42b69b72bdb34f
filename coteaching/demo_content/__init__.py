"""Example content for the co-teaching tools: a published teaching plan and a draft story talk."""
