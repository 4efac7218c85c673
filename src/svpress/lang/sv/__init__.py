"""Swedish language data: constants and gazetteer files, no logic."""
