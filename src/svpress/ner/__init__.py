"""The entity recogniser behind ``svpress.entities``: regions, lexicon, rules, tagger, engine."""
