"""One widget per visitor screen."""
