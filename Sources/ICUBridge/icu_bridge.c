#include "icu_bridge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>
#include <unicode/parseerr.h>

struct tp_breaker {
    UBreakIterator *iterator;
};

struct tp_transliterator {
    UTransliterator *transliterator;
};

static void write_error(char *error, int32_t capacity, const char *what, UErrorCode status) {
    if (error != NULL && capacity > 0) {
        snprintf(error, (size_t)capacity, "%s: %s", what, u_errorName(status));
    }
}

static void write_parse_error(char *error, int32_t capacity, const char *what, UErrorCode status,
                              const UParseError *parse) {
    if (error != NULL && capacity > 0) {
        snprintf(error, (size_t)capacity, "%s: %s at rule line %d, offset %d",
                 what, u_errorName(status), parse->line, parse->offset);
    }
}

/// Wraps an open ICU iterator; closes it and returns NULL when memory runs out.
static tp_breaker *wrap_breaker(UBreakIterator *it) {
    tp_breaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(it);
        return NULL;
    }
    breaker->iterator = it;
    return breaker;
}

tp_breaker *tp_breaker_open(tp_break_kind kind, const char *locale, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *it = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        write_error(error, error_capacity, "ubrk_open", status);
        return NULL;
    }
    return wrap_breaker(it);
}

tp_breaker *tp_breaker_open_rules(const uint16_t *rules, int32_t rules_length, char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    UBreakIterator *it = ubrk_openRules((const UChar *)rules, rules_length, NULL, 0, &parse, &status);
    if (U_FAILURE(status)) {
        write_parse_error(error, error_capacity, "ubrk_openRules", status, &parse);
        return NULL;
    }
    return wrap_breaker(it);
}

void tp_breaker_close(tp_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t tp_breaker_boundaries(tp_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_first(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        if (count >= capacity) return -1;
        boundaries[count] = b;
        if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

int32_t tp_breaker_set_text(tp_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    ubrk_first(breaker->iterator);
    return 0;
}

int32_t tp_breaker_next_boundaries(tp_breaker *breaker, int32_t *boundaries, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t b = ubrk_next(breaker->iterator);
        if (b == UBRK_DONE) break;
        boundaries[count++] = b;
    }
    return count;
}

int32_t tp_breaker_count(tp_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t b = ubrk_first(breaker->iterator); b != UBRK_DONE; b = ubrk_next(breaker->iterator)) {
        count++;
    }
    return count;
}

tp_transliterator *tp_transliterator_open(const uint16_t *id, int32_t id_length,
                                          const uint16_t *rules, int32_t rules_length,
                                          char *error, int32_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    UTransliterator *t = utrans_openU((const UChar *)id, id_length, UTRANS_FORWARD,
                                      rules_length > 0 ? (const UChar *)rules : NULL, rules_length,
                                      &parse, &status);
    if (U_FAILURE(status)) {
        write_parse_error(error, error_capacity, "utrans_openU", status, &parse);
        return NULL;
    }
    tp_transliterator *result = malloc(sizeof *result);
    if (result == NULL) {
        utrans_close(t);
        return NULL;
    }
    result->transliterator = t;
    return result;
}

void tp_transliterator_close(tp_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t tp_transliterate(tp_transliterator *transliterator, uint16_t *buffer, int32_t length, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t text_length = length;
    int32_t limit = length;
    utrans_transUChars(transliterator->transliterator, (UChar *)buffer, &text_length, capacity, 0, &limit, &status);
    if (U_FAILURE(status)) return -1;
    return text_length;
}

int tp_is_nfc(const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return 0;
    UBool result = unorm2_isNormalized(nfc, (const UChar *)text, length, &status);
    return U_SUCCESS(status) && result;
}

int32_t tp_normalize_nfc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t n = unorm2_normalize(nfc, (const UChar *)text, length, (UChar *)out, capacity, &status);
    if (U_FAILURE(status)) return -1;
    return n;
}

const char *tp_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
