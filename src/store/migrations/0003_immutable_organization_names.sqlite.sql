-- Onboarding Console schema, version 3 (SQLite): an organization's enterprise name and
-- abbreviation cannot change once created (R-ORG-1, R-ORG-2; seed 002 "cannot be modified
-- after creation"). OrganizationRepository has no method that updates them; these triggers
-- make the store itself refuse such an UPDATE, whoever issues it. Writing the same value
-- again is not a change and passes; other columns (status, ready_at) stay updatable.

CREATE TRIGGER organizations_enterprise_name_immutable
    BEFORE UPDATE OF enterprise_name ON organizations
    FOR EACH ROW WHEN NEW.enterprise_name IS NOT OLD.enterprise_name
BEGIN
    SELECT RAISE(ABORT, 'organizations.enterprise_name is immutable (R-ORG-1)');
END;

CREATE TRIGGER organizations_abbreviation_immutable
    BEFORE UPDATE OF abbreviation ON organizations
    FOR EACH ROW WHEN NEW.abbreviation IS NOT OLD.abbreviation
BEGIN
    SELECT RAISE(ABORT, 'organizations.abbreviation is immutable (R-ORG-2)');
END;
