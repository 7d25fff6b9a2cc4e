#pragma once

#include <QDockWidget>

class QAction;

namespace casebook::ui {

class CatalogueContext;
class GapRegisterView;

/// The gap register beside the list: a dock that follows the window's search. It reads the gaps
/// only while it is shown; a search made while it is hidden is read when it next appears.
class GapRegisterDock : public QDockWidget
{
    Q_OBJECT
public:
    GapRegisterDock(CatalogueContext &context, QWidget *parent = nullptr);

    /// View > Gap Register: shows the dock and puts the keyboard in its list, or hides it.
    QAction *showAction() const { return m_showAction; }
    GapRegisterView *view() const { return m_view; }

    /// Reads the gaps of the window's current search again (now if shown, else when next shown).
    void refresh();

signals:
    /// A gap row was activated: the window opens this use case as the list does.
    void useCaseActivated(const QString &uuid);

private:
    void setShown(bool shown);

    CatalogueContext &m_context;
    GapRegisterView *m_view = nullptr;
    QAction *m_showAction = nullptr;
    bool m_stale = true;
    bool m_sized = false; ///< given its first height
};

} // namespace casebook::ui
