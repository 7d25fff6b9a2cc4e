#pragma once

#include "model/Rubric.h"
#include "model/UseCase.h"
#include "model/Workshop.h"

#include <QString>

#include <memory>

namespace casebook {

/// One write that an import will make, decided from the plan before anything is written
/// (ImportPlanner::apply: plan -> actions -> backup -> write).
struct ImportAction
{
    enum class Type {
        InsertRubric,
        PutAttachment,
        KeepUseCaseVersion, ///< into use_case_history (a version that is not, or no longer, current)
        DeleteUseCase,
        InsertUseCase,
        UpdateUseCase,
        KeepAssessmentVersion, ///< into assessment_history
        DeleteAssessment,
        SaveAssessment,
        SaveWorkshop, ///< insert or replace, as given (WorkshopRepository::WriteMode::Preserve)
        SaveRoundSheet, ///< insert or replace, as given
    };
    Type type = Type::InsertRubric;
    UseCase useCase;
    Assessment assessment;
    Rubric rubric;
    /// SaveWorkshop / SaveRoundSheet only; held by pointer so that the many other actions of a large
    /// import stay small.
    std::shared_ptr<const Workshop> workshop;
    std::shared_ptr<const RoundSheet> sheet;
    QString sha256; ///< PutAttachment
    QString originKind; ///< use_case, assessment, rubric, attachment; empty: no origin noted
    QString originAction; ///< added, updated, merged, copied, deleted, restored, tags

    /// Whether this writes a use case under the code it brings (an empty code gets one when written).
    bool writesUseCaseUnderItsCode() const
    {
        return (type == Type::InsertUseCase || type == Type::UpdateUseCase)
            && !useCase.code.trimmed().isEmpty();
    }
    /// A use-case write; with `originAction`, the record's origin is noted as that action.
    static ImportAction onUseCase(Type type, const UseCase &useCase, const QString &originAction = {})
    {
        ImportAction a;
        a.type = type;
        a.useCase = useCase;
        if (!originAction.isEmpty()) {
            a.originKind = QStringLiteral("use_case");
            a.originAction = originAction;
        }
        return a;
    }
    /// An assessment write; with `originAction`, the record's origin is noted as that action.
    static ImportAction onAssessment(Type type, const Assessment &assessment,
                                     const QString &originAction = {})
    {
        ImportAction a;
        a.type = type;
        a.assessment = assessment;
        if (!originAction.isEmpty()) {
            a.originKind = QStringLiteral("assessment");
            a.originAction = originAction;
        }
        return a;
    }
    static ImportAction onWorkshop(const Workshop &workshop, const QString &originAction)
    {
        ImportAction a;
        a.type = Type::SaveWorkshop;
        a.workshop = std::make_shared<const Workshop>(workshop);
        a.originKind = QStringLiteral("workshop");
        a.originAction = originAction;
        return a;
    }
    static ImportAction onRoundSheet(const RoundSheet &sheet, const QString &originAction)
    {
        ImportAction a;
        a.type = Type::SaveRoundSheet;
        a.sheet = std::make_shared<const RoundSheet>(sheet);
        a.originKind = QStringLiteral("round_sheet");
        a.originAction = originAction;
        return a;
    }
    static ImportAction insertRubric(const Rubric &rubric)
    {
        ImportAction a;
        a.type = Type::InsertRubric;
        a.rubric = rubric;
        a.originKind = QStringLiteral("rubric");
        a.originAction = QStringLiteral("added");
        return a;
    }
    static ImportAction putAttachment(const QString &sha256)
    {
        ImportAction a;
        a.type = Type::PutAttachment;
        a.sha256 = sha256;
        a.originKind = QStringLiteral("attachment");
        a.originAction = QStringLiteral("added");
        return a;
    }
};

} // namespace casebook
