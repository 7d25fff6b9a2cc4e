#pragma once

#include "model/UseCase.h"

namespace casebook::test {

/// Fills the IEC 62559-2 parts of a record (actors, scope, assumptions, prerequisites,
/// requirements, scenarios with conditions and steps, information exchanged, development contexts
/// per country, ITU-T Questions, related Recommendations, KPI measurements) with values whose every
/// reference resolves. The record's countries and KPIs must be set first.
void addIecDepth(UseCase &u);

} // namespace casebook::test
