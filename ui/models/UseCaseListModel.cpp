#include "models/UseCaseListModel.h"
