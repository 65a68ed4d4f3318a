#ifndef TREFFPUNKT_ICU_BRIDGE_H
#define TREFFPUNKT_ICU_BRIDGE_H

// The only door from Swift to ICU. This header exposes plain C types only, so a Swift module that
// imports it never sees ICU's own headers (which clash with the ICU that Foundation carries).
// Text is UTF-16 throughout, as ICU wants it.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The kinds of break iteration ICU offers.
typedef enum {
    TP_BREAK_CHARACTER = 0,
    TP_BREAK_WORD = 1,
    TP_BREAK_LINE = 2,
    TP_BREAK_SENTENCE = 3
} tp_break_kind;

/// A break iterator of one kind for one locale. Not thread-safe: use one per thread.
typedef struct tp_breaker tp_breaker;

/// Opens a break iterator; returns NULL and writes ICU's error name into `error` on failure.
tp_breaker *tp_breaker_open(tp_break_kind kind, const char *locale, char *error, int32_t error_capacity);

/// Opens a break iterator from ICU break rules (UTF-16); NULL and an error message on failure.
tp_breaker *tp_breaker_open_rules(const uint16_t *rules, int32_t rules_length, char *error, int32_t error_capacity);

void tp_breaker_close(tp_breaker *breaker);

/// Writes every boundary of `text` (UTF-16 offsets, ascending, starting with 0 and ending with
/// `length`) into `boundaries` and the rule status of the segment ending there into `statuses`
/// (statuses may be NULL). Both must hold `capacity` entries; `length + 1` always suffices.
/// Returns the number of boundaries written, or -1 when ICU fails.
int32_t tp_breaker_boundaries(tp_breaker *breaker, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// Starts streaming iteration over `text` (which must stay valid until the next call with another
/// text): afterwards `tp_breaker_next_boundaries` hands out the boundaries after 0 in batches.
/// Returns 0, or -1 when ICU fails.
int32_t tp_breaker_set_text(tp_breaker *breaker, const uint16_t *text, int32_t length);

/// Writes up to `capacity` further boundaries (ascending UTF-16 offsets, the last one being the
/// text's length) into `boundaries`; returns how many, 0 once the end has been handed out.
int32_t tp_breaker_next_boundaries(tp_breaker *breaker, int32_t *boundaries, int32_t capacity);

/// Counts the boundaries of `text` without storing them (the bare cost of ICU's iteration).
int32_t tp_breaker_count(tp_breaker *breaker, const uint16_t *text, int32_t length);

/// An ICU transliterator (system id such as "Russian-Latin/BGN", or custom rules).
typedef struct tp_transliterator tp_transliterator;

/// Opens a transliterator by id, or from `rules` when rules_length > 0 (then `id` names it).
tp_transliterator *tp_transliterator_open(const uint16_t *id, int32_t id_length,
                                          const uint16_t *rules, int32_t rules_length,
                                          char *error, int32_t error_capacity);

void tp_transliterator_close(tp_transliterator *transliterator);

/// Transliterates `buffer[0..<length]` in place; returns the new length, or -1 when `capacity`
/// is too small or ICU fails.
int32_t tp_transliterate(tp_transliterator *transliterator, uint16_t *buffer, int32_t length,
                         int32_t capacity);

/// Whether `text` is already in Unicode normalisation form C (the common case: a fast check).
int tp_is_nfc(const uint16_t *text, int32_t length);

/// Writes the NFC form of `text` into `out`; returns its length, or -1 when `capacity` is too
/// small or ICU fails.
int32_t tp_normalize_nfc(const uint16_t *text, int32_t length, uint16_t *out, int32_t capacity);

/// The ICU version in use, such as "72.1".
const char *tp_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
