"""The booth's own logic below the screens: the visitor flow, settings, and the services screens call.

Screens in ``ui`` draw what these modules decide and call into them; nothing here
builds a widget (QtCore and QtGui only, for the controller's signals and off-thread
images). ``kiosk`` sits on top and starts it all.
"""

from booth.version import installed_version

__version__ = installed_version()
