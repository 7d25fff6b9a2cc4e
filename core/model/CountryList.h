#pragma once

#include "model/Vocabulary.h"

namespace casebook {

/// Builds the countries vocabulary: the ISO 3166-1 alpha-2 codes and names of Debian's iso-codes
/// (embedded at build time), the UN short names where they differ (`countries.json`, from UNTERM and
/// UN M49), the iso-codes translations of the names into the other UN languages, and the reasons for
/// refusing codes that look like country codes but are not assigned in ISO 3166-1 (AC, EU, XK...).
class CountryList
{
public:
    /// The vocabulary from the embedded resources; asserts that the build embedded them.
    static Vocabulary load();
};

} // namespace casebook
