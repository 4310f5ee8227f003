"""Qt widgets only: screens render the flow's state and call into plain-Python services."""
