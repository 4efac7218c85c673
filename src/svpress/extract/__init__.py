"""Extractors of typed values from normalised text: phones, e-mails, dates, entities."""
