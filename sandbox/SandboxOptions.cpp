#include "sandbox/SandboxOptions.h"
