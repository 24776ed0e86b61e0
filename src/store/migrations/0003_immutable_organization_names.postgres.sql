-- Onboarding Console schema, version 3 (PostgreSQL): an organization's enterprise name and
-- abbreviation cannot change once created (R-ORG-1, R-ORG-2). A BEFORE UPDATE trigger
-- function raises on an UPDATE that changes either column (the same value again passes;
-- other columns stay updatable), like the SQLite script's triggers.

CREATE FUNCTION organizations_names_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.enterprise_name IS DISTINCT FROM OLD.enterprise_name THEN
        RAISE EXCEPTION 'organizations.enterprise_name is immutable (R-ORG-1)'
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.abbreviation IS DISTINCT FROM OLD.abbreviation THEN
        RAISE EXCEPTION 'organizations.abbreviation is immutable (R-ORG-2)'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER organizations_names_immutable
    BEFORE UPDATE OF enterprise_name, abbreviation ON organizations
    FOR EACH ROW EXECUTE FUNCTION organizations_names_immutable();
