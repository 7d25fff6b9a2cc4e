#pragma once

#include "model/Vocabulary.h"

namespace casebook {

/// Builds the countries vocabulary: the ISO 3166-1 alpha-2 codes and names of Debian's iso-codes
/// (embedded at build time), the English UN short names where they differ (`countries.json`, from
/// UNTERM and UN M49), the names the UN publishes in Arabic, Chinese, French, Russian and Spanish
/// (`country-names-un.json`, from UN M49; iso-codes' translations for a code M49 lacks), and the
/// reasons for refusing codes that look like country codes but are not assigned in ISO 3166-1.
class CountryList
{
public:
    /// The vocabulary from the embedded resources; asserts that the build embedded them.
    static Vocabulary load();
};

} // namespace casebook
