#ifndef NONLIN_CCMARK_SHIM_H
#define NONLIN_CCMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>
#endif
