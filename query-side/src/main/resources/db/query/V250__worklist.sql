-- The worklist (GET /api/worklist) reads what needs action now across the portfolio from the existing read models.
-- These indexes keep its four scans proportional to what is open rather than to everything ever recorded: open
-- termination rights (GIN over the rights array of each agreement document, for @> '[{"status":"OPEN"}]'), disputed
-- credits, open periods. review_schedule's due_on index (V240) and renegotiation_view's (status, deadline) index
-- (V230) already serve the other two lists.

CREATE INDEX agreement_view_termination_rights_idx ON agreement_view
    USING gin ((document -> 'terminationRights') jsonb_path_ops);
CREATE INDEX credit_view_disputed_idx ON credit_view (agreement_id) WHERE status = 'DISPUTED';
CREATE INDEX period_view_open_idx ON period_view (month) WHERE status = 'OPEN';
