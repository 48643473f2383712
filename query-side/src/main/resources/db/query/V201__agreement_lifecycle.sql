-- Issue 3 (agreement lifecycle): agreement_view.document now holds the agreement as its events tell it
-- (versions with their terms, proposals, revisions, signatures, termination rights), advanced event by event.
-- Documents written in the earlier shape are dropped and the projection's token removed, so the read model is
-- rebuilt from the event store on the next start.
DELETE FROM agreement_view;
DELETE FROM token_entry WHERE processor_name = 'agreement-view';
CREATE INDEX agreement_view_type_idx ON agreement_view (type);
