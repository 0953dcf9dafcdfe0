#pragma once

#include "models/plan/ApplyResult.h"
#include "models/plan/PlanItem.h"

#include <QDialog>

class AccountComparison;
class ProfileSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Profile › Compare with…: the current profile's account ("here") beside another profile's
// ("there"), one row per webhook: only here, only there, different (each changed field
// below it, highlighted) or the same; filterable by text and by kind. For the selected rows:
// Copy to Other (creates there), Update Other (makes there like here), Delete from Other
// (what only there has). Each first shows the plan in a PlanPreviewDialog, then applies it
// with progress and Cancel, then shows a summary. The URI rewrite rules of this pair of
// profiles ("FROM=TO", several separated by spaces) apply before comparing and are
// remembered. The work is done by AccountComparison; the dialog shows and wires.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    enum class Kind { All, OnlyHere, OnlyThere, Different, Same, Unresolved };
    Q_ENUM(Kind)

    // The comparison is not owned; it must outlive the dialog.
    CompareDialog(AccountComparison *comparison, ProfileSession *session,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    // Compares with this profile (as if picked in the list).
    void compareWith(const QString &profileName);
    // The kind of a plan item as the dialog lists it.
    static Kind kindOf(const PlanItem &item);

Q_SIGNALS:
    // A plan was applied to the other profile's account (for Recently Deleted).
    void applied(const QString &profileName, const ApplyResult &result);

private:
    void fillProfiles();
    void fillTree();
    void applyFilter();
    void updateButtons();
    void applyRules();
    void runAction(PlanItem::Action action);
    QList<int> selectedIndexes() const;

    AccountComparison *m_comparison;
    ProfileSession *m_session;
    QComboBox *m_profiles;
    QPushButton *m_reload;
    QLineEdit *m_rules;
    QLabel *m_rulesError;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QLabel *m_status;
    QLabel *m_warnings;
    QTreeWidget *m_tree;
    QPushButton *m_copy;
    QPushButton *m_update;
    QPushButton *m_delete;
};
