"""Sources turn bytes into Documents. They own all I/O: discovery, decoding, parsing."""
