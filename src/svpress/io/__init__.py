"""Reading archives and writing results: decoding, readers and sinks."""
