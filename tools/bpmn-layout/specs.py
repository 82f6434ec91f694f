"""The grid of every model: lanes (top to bottom, by group id), row heights per lane, the cell of
every flow node as (lane, row, column) -- sub-processes as (lane, row, column, last column, last
row) -- and, where the defaults do not read well, routes of flows and places of labels.

Routes: "h", "v" (straight), "hv" / "vh" (one bend), "hvh" / "vhv" (two bends at `via`), "hs" /
"ht" (horizontal at the source's / target's centre line, into or out of a tall container), or
explicit inner "points" with "out" / "in" sides. Labels: "top", "bottom", "left", "right", or a
(dx, dy) offset of the label's centre from the shape's centre; for flows (segment, dx, dy) from
the start of that segment of the edge.
"""

CLUB_SIMPLE = {
    "lanes": ["social-workers"],
    "rows": {"social-workers": [140]},
}


def simple(start, task, end):
    spec = dict(CLUB_SIMPLE)
    spec["place"] = {start: ("social-workers", 0, 0), task: ("social-workers", 0, 1), end: ("social-workers", 0, 2)}
    return spec


def four(start, load, user, record, end):
    spec = dict(CLUB_SIMPLE)
    spec["place"] = {start: ("social-workers", 0, 0), load: ("social-workers", 0, 1),
                     user: ("social-workers", 0, 2), record: ("social-workers", 0, 3),
                     end: ("social-workers", 0, 4)}
    return spec


SPECS = {
    "club-registration": simple("Event_ClubRequested", "Task_RegisterClub", "Event_ClubOpened"),
    "club-enrolment": simple("Event_EnrolmentRequested", "Task_Enrol", "Event_Enrolled"),
    "club-purchase": simple("Event_PurchaseRequested", "Task_RequestPurchase", "Event_PurchaseHandedOver"),
    "club-session": four("Event_SessionReported", "Task_LoadAttendanceList", "Task_MarkAttendance",
                         "Task_RecordSession", "Event_SessionRecorded"),
    "club-leaving": four("Event_LeavingReported", "Task_LoadMembers", "Task_PickLeaving",
                         "Task_RecordLeaving", "Event_Left"),

    "participant-onboarding": {
        "gap": 30,
        "lanes": ["case-officers", "social-workers", "project-managers"],
        "rows": {"case-officers": [140, 150], "social-workers": [150], "project-managers": [140]},
        "place": {
            "Event_RegistrationSubmitted": ("case-officers", 0, 0),
            "Task_RegisterParticipant": ("case-officers", 0, 1),
            "Gateway_PossibleDuplicate": ("case-officers", 0, 2),
            "Task_ReviewPossibleDuplicate": ("case-officers", 1, 3),
            "Task_RecordDuplicateReview": ("case-officers", 1, 4),
            "Gateway_DuplicateDecision": ("case-officers", 1, 5),
            "Event_RegistrationAnnulled": ("case-officers", 1, 6),
            "Gateway_DuplicateCleared": ("case-officers", 0, 5),
            "Task_CheckEligibility": ("case-officers", 0, 6),
            "Gateway_Eligible": ("case-officers", 0, 7),
            "Task_InformRejectedPerson": ("case-officers", 0, 8),
            "Task_RecordRejectionNotice": ("case-officers", 0, 9),
            "Event_ParticipantRejected": ("case-officers", 0, 10),
            "Task_AssessNeeds": ("social-workers", 0, 8),
            "Task_RecordNeedsAssessment": ("social-workers", 0, 9),
            "Task_EnrolInStreams": ("social-workers", 0, 10),
            "Event_ParticipantEnrolled": ("social-workers", 0, 11),
            "Task_EscalateOverdueAssessment": ("project-managers", 0, 9),
            "Event_EscalationHandled": ("project-managers", 0, 10),
            "SubProcess_Withdrawal": ("social-workers", 0, 1, 3, 0),
            "Event_WithdrawalRequested": ("social-workers", 0, 1),
            "Task_RecordWithdrawal": ("social-workers", 0, 2),
            "Event_ParticipantWithdrawn": ("social-workers", 0, 3),
        },
        "column_widths": {2: 80, 7: 170},
        "subprocess_inset": {"SubProcess_Withdrawal": (10, 10, 10, 8)},
        "nudge": {"Event_WithdrawalRequested": (0, 6), "Task_RecordWithdrawal": (0, 6),
                  "Event_ParticipantWithdrawn": (0, 6)},
        "attach": {"Event_AssessmentOverdue": ("bottom", 0.7)},
        "flows": {
            "Flow_PossibleDuplicate": {"route": "vh"},
            "Flow_Eligible": {"route": "vh"},
            "Flow_AssessmentOverdue": {"route": "vh"},
        },
        "labels": {
            "Gateway_PossibleDuplicate": "top",
            "Gateway_Eligible": "top",
            "Gateway_DuplicateDecision": "bottom",
            "Event_AssessmentOverdue": (-72, 58),
            "Flow_PossibleDuplicate": (0, -28, 40),
            "Flow_NoDuplicate": (0, 10, -18),
            "Flow_DifferentPerson": (0, 8, -50),
            "Flow_Eligible": (0, 8, 36),
        },
    },

    "expense-approval": {
        "task": (120, 80),
        "gap": 30,
        "lanes": ["finance", "project-managers", "initiative-coordinators"],
        "rows": {"finance": [120, 140], "project-managers": [150], "initiative-coordinators": [150]},
        "place": {
            "Event_ExpenseRequested": ("initiative-coordinators", 0, 0),
            "Task_RegisterExpense": ("initiative-coordinators", 0, 1),
            "Gateway_ApprovalRoute": ("finance", 1, 2),
            "Task_FinanceApproval": ("finance", 1, 3),
            "Task_RecordFinanceDecision": ("finance", 1, 4),
            "Gateway_FinanceDecision": ("finance", 1, 5),
            "Event_ExpenseRejected": ("finance", 0, 5),
            "Task_ManagerApproval": ("project-managers", 0, 6),
            "Task_RecordManagerDecision": ("project-managers", 0, 7),
            "Gateway_ManagerDecision": ("project-managers", 0, 8),
            "Event_ExpenseRejectedByManager": ("project-managers", 0, 9),
            "Gateway_Approved": ("finance", 1, 8),
            "Task_CommitBudget": ("finance", 1, 9),
            "Task_InformBudgetRefusal": ("finance", 0, 10),
            "Event_ExpenseRefused": ("finance", 0, 11),
            "Task_RecordPayment": ("finance", 1, 10),
            "Task_PostExpenditure": ("finance", 1, 11),
            "Event_ExpensePaid": ("finance", 1, 12),
            "Task_CorrectExpense": ("initiative-coordinators", 0, 5),
            "Task_ApplyCorrection": ("initiative-coordinators", 0, 4),
        },
        "attach": {"Event_BudgetExhausted": ("top", 0.7)},
        "flows": {
            "Flow_Registered": {"route": "vh"},
            "Flow_CorrectionChecked": {"route": "hv"},
            "Flow_NeedsManager": {"route": "vh"},
            "Flow_ManagerReturned": {"route": "vh"},
            "Flow_BudgetExhausted": {"route": "vh"},
        },
        "labels": {
            "Gateway_FinanceDecision": (-48, -36),
            "Event_ExpenseRejected": "right",
            "Gateway_ManagerDecision": (52, 34),
            "Flow_NeedsManager": (1, 10, -32),
            "Flow_FinanceReturned": (0, -96, 165),
            "Flow_ManagerReturned": (1, -110, -20),
            "Event_BudgetExhausted": (-75, -30),
        },
    },

    "employment": {
        "gap": 30,
        "lanes": ["hr-officers", "finance", "case-officers"],
        "rows": {"hr-officers": [120, 150, 140], "finance": [120], "case-officers": [130]},
        "place": {
            "Event_EnrolledInEmployment": ("hr-officers", 0, 0),
            "Task_RecordPreference": ("hr-officers", 0, 1),
            "Task_SavePreference": ("hr-officers", 0, 2),
            "Task_AllocateEmployer": ("hr-officers", 0, 3),
            "Gateway_PlaceAvailable": ("hr-officers", 0, 4),
            "Event_PlaceFreed": ("hr-officers", 1, 4),
            "Gateway_Allocated": ("hr-officers", 0, 5),
            "Task_ConfirmAllocation": ("hr-officers", 0, 6),
            "Task_RecordContract": ("hr-officers", 0, 7),
            "Task_RecordSignature": ("hr-officers", 0, 8),
            "Task_StartContract": ("hr-officers", 0, 9),
            "SubProcess_Withdrawal": ("hr-officers", 1, 0, 2, 1),
            "Event_WithdrawalReceived": ("hr-officers", 1, 0),
            "Task_RecordWithdrawal": ("hr-officers", 1, 1),
            "Event_EmploymentWithdrawn": ("hr-officers", 1, 2),
            "Gateway_NextMonth": ("hr-officers", 2, 0),
            "SubProcess_WorkMonth": ("hr-officers", 2, 1),
            "Gateway_TimesheetJoin": ("hr-officers", 2, 2),
            "Task_EnterTimesheet": ("hr-officers", 2, 3),
            "Gateway_PostJoin": ("hr-officers", 2, 4),
            "Task_PostMonthlyCost": ("hr-officers", 2, 5),
            "Gateway_MoreMonths": ("hr-officers", 2, 6),
            "Task_ReleasePlace": ("hr-officers", 2, 7),
            "Task_PayrollEscalation": ("finance", 0, 5),
            "Task_RecordImmediateResult": ("case-officers", 0, 2),
            "Task_SaveImmediateResult": ("case-officers", 0, 3),
            "Event_FollowUpDue": ("case-officers", 0, 4),
            "Task_RecordLongerTermResult": ("case-officers", 0, 5),
            "Task_SaveLongerTermResult": ("case-officers", 0, 6),
            "Event_EmploymentClosed": ("case-officers", 0, 7),
        },
        # the working month repeats: drawn collapsed, its inside in a plane of its own (drill-down)
        "collapsed": {
            "SubProcess_WorkMonth": {
                "rows": {"_plane": [130, 180]},
                "column_widths": {0: 150, 1: 180, 2: 150},
                "place": {
                    "Event_MonthStarted": ("_plane", 0, 0),
                    "Event_MonthEnd": ("_plane", 0, 1),
                    "Event_MonthWorked": ("_plane", 0, 2),
                    "SubProcess_Termination": ("_plane", 1, 0, 2, 1),
                    "Event_TerminationReceived": ("_plane", 1, 0),
                    "Task_RecordTermination": ("_plane", 1, 1),
                    "Event_TerminationRecorded": ("_plane", 1, 2),
                },
                "nudge": {"Event_TerminationReceived": (0, -14), "Task_RecordTermination": (0, -14),
                          "Event_TerminationRecorded": (0, -14)},
            },
        },
        "subprocess_inset": {
            "SubProcess_Withdrawal": (10, 6, 10, 22),
        },
        "nudge": {"Event_WithdrawalReceived": (14, 0), "Task_RecordWithdrawal": (0, 0),
                  "Event_EmploymentWithdrawn": (0, 0), "Task_PayrollEscalation": (116, 0)},
        "attach": {"Event_PayrollLineOverdrawn": ("bottom", 0.7)},
        "flows": {
            "Flow_Waiting": {"route": "v"},
            "Flow_PlaceFreed": {"route": "hv"},
            "Flow_WorkStarted": {"route": "vhv", "via": ("hr-officers", 1, -10)},
            "Flow_LineOverdrawn": {"route": "vh"},
            "Flow_Escalated": {"route": "vhv", "out": "bottom", "in": "bottom", "via": ("finance", 0, -8)},
            "Flow_NextMonth": {"route": "vhv", "out": "bottom", "in": "bottom", "via": ("hr-officers", 2, -6)},
            "Flow_Left": {"route": "vhv", "via": ("case-officers", 0, 12)},
        },
        "labels": {
            "Gateway_PlaceAvailable": "top",
            "Gateway_MoreMonths": "top",
            "Event_PlaceFreed": "left",
            "Event_PayrollLineOverdrawn": (-52, 52),
            "Flow_Waiting": (0, -98, 16),
        },
    },
}
