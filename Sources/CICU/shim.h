// Links the system ICU (Debian's libicu-dev). No Swift module imports these headers:
// only the C target ICUBridge includes <unicode/…>, so they never meet Foundation's ICU.
#include <unicode/utypes.h>
