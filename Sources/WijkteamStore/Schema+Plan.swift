import Wijkteam

extension Schema {
    /// The tables v16 makes (one household, one plan; issue 27), parents first.
    static let v16Tables = [
        "general_provision", "provider", "provider_product", "care_plan", "plan_point", "plan_action", "route_rung",
        "route_tie", "provision_step", "iwmo_message",
    ]

    /// v16: the plan as the method has it (1Gezin1Plan) and provisions with a life.
    ///
    /// - `care_plan`: one per case: the household's own question in their words, the day the plan
    ///   was agreed with the household and its evaluation day; `plan_point`: its strengths (what
    ///   goes well, who helps) and worries; `plan_action`: per goal what, who (a member, a tie, a
    ///   professional or the regisseur), by when, done on.
    /// - The route to support per goal (`route_rung`, `route_tie`): what was asked of eigen kracht,
    ///   the network (which ties) and the voorliggend veld (which general provision), and whether
    ///   that rung carries the need; a tailored provision waits until every rung has an answer.
    /// - The catalogues the team keeps: `general_provision` (voorliggend veld, by life domain) and
    ///   `provider` with its `provider_product`s (iWmo/iJw product category and code, the law) and
    ///   a waiting norm in weeks.
    /// - A provision's life: requested → waiting (on the list, or allocated by the municipality) →
    ///   active (started) → ended with a reason, or refused / withdrawn. Every step dated
    ///   (`provision_step`, with where it came from: the app or an iWmo/iJw message), so waiting
    ///   is computed from dates. Provisions from before v16 get steps from what they held (the
    ///   request on the case's opening, a start on its start) marked `estimated`.
    /// - `iwmo_message`: every applied message once (its key), so a message read twice changes
    ///   nothing.
    static func planMigration(_ d: Dialect) -> String {
        [catalogueTables(d), planTables(d), provisionLife(d)].joined(separator: "\n")
            + (d.engine == .postgres ? "\n" + announceChanges(v16Tables) : "")
    }

    /// The general provisions and the providers with their products.
    private static func catalogueTables(_ d: Dialect) -> String {
        """
        CREATE TABLE general_provision (
            id \(d.serial),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            domains TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE provider (
            id \(d.serial),
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            law TEXT NOT NULL CHECK (law IN ('wmo', 'jeugdwet', 'both')),
            agb_code TEXT,
            contact TEXT NOT NULL DEFAULT '',
            norm_weeks INTEGER CHECK (norm_weeks BETWEEN 0 AND 104),
            active INTEGER NOT NULL DEFAULT 1,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE provider_product (
            provider_id \(d.id) NOT NULL REFERENCES provider(id),
            category TEXT NOT NULL,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            domain TEXT NOT NULL,
            PRIMARY KEY (provider_id, category, code)
        );
        """
    }

    /// The plan: question and dates, strengths and worries, actions, the route per goal.
    private static func planTables(_ d: Dialect) -> String {
        """
        CREATE TABLE care_plan (
            case_id \(d.id) PRIMARY KEY REFERENCES care_case(id),
            question TEXT NOT NULL DEFAULT '',
            agreed_on TEXT,
            evaluate_on TEXT,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE plan_point (
            id \(d.serial),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            kind TEXT NOT NULL CHECK (kind IN ('strength', 'worry')),
            text TEXT NOT NULL,
            person_id \(d.id) REFERENCES person(id),
            tie_id \(d.id) REFERENCES network_tie(id),
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX plan_point_case ON plan_point(case_id);
        CREATE TABLE plan_action (
            id \(d.serial),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            goal_id \(d.id) NOT NULL REFERENCES plan_goal(id),
            text TEXT NOT NULL,
            owner_kind TEXT NOT NULL CHECK (owner_kind IN ('member', 'tie', 'professional', 'regisseur')),
            owner_person_id \(d.id) REFERENCES person(id),
            owner_tie_id \(d.id) REFERENCES network_tie(id),
            owner_name TEXT,
            due TEXT,
            done_on TEXT,
            version INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX plan_action_case ON plan_action(case_id);
        CREATE INDEX plan_action_goal ON plan_action(goal_id);
        CREATE TABLE route_rung (
            goal_id \(d.id) NOT NULL REFERENCES plan_goal(id),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            rung TEXT NOT NULL CHECK (rung IN ('eigen_kracht', 'network', 'voorliggend_veld')),
            carries INTEGER NOT NULL,
            answer TEXT NOT NULL CHECK (length(trim(answer)) > 0),
            general_provision_id \(d.id) REFERENCES general_provision(id),
            recorded_by TEXT REFERENCES staff(id),
            recorded_on TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (goal_id, rung)
        );
        CREATE INDEX route_rung_case ON route_rung(case_id);
        CREATE TABLE route_tie (
            goal_id \(d.id) NOT NULL REFERENCES plan_goal(id),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            tie_id \(d.id) NOT NULL REFERENCES network_tie(id),
            PRIMARY KEY (goal_id, tie_id)
        );
        CREATE INDEX route_tie_case ON route_tie(case_id);
        """
    }

    /// A provision's dated steps, the iWmo messages applied, and the steps of older provisions.
    private static func provisionLife(_ d: Dialect) -> String {
        """
        ALTER TABLE provision ADD COLUMN goal_id \(d.id) REFERENCES plan_goal(id);
        ALTER TABLE provision ADD COLUMN provider_id \(d.id) REFERENCES provider(id);
        ALTER TABLE provision ADD COLUMN product_category TEXT;
        ALTER TABLE provision ADD COLUMN product_code TEXT;
        ALTER TABLE provision ADD COLUMN allocation_number TEXT;
        ALTER TABLE provision ADD COLUMN requested_on TEXT;
        ALTER TABLE provision ADD COLUMN waiting_since TEXT;
        ALTER TABLE provision ADD COLUMN ended_on TEXT;
        ALTER TABLE provision ADD COLUMN end_reason TEXT;
        CREATE INDEX provision_waiting ON provision(status, provider_id) WHERE status IN ('requested', 'waiting');
        CREATE INDEX provision_allocation ON provision(allocation_number) WHERE allocation_number IS NOT NULL;
        CREATE TABLE provision_step (
            id \(d.serial),
            provision_id \(d.id) NOT NULL REFERENCES provision(id),
            case_id \(d.id) NOT NULL REFERENCES care_case(id),
            status TEXT NOT NULL CHECK (status IN ('requested', 'waiting', 'active', 'ended', 'refused', 'withdrawn')),
            on_day TEXT NOT NULL,
            reason TEXT,
            source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'iwmo', 'estimated')),
            message_key TEXT,
            recorded_by TEXT REFERENCES staff(id)
        );
        CREATE INDEX provision_step_provision ON provision_step(provision_id);
        CREATE INDEX provision_step_case ON provision_step(case_id);
        CREATE TABLE iwmo_message (
            message_key TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            file TEXT NOT NULL,
            applied_on TEXT NOT NULL,
            case_id \(d.id) REFERENCES care_case(id),
            provision_id \(d.id) REFERENCES provision(id)
        );
        UPDATE provision SET requested_on = COALESCE(
            (SELECT c.opened FROM care_case c WHERE c.id = provision.case_id), start);
        UPDATE provision SET requested_on = start WHERE start IS NOT NULL AND start < requested_on;
        INSERT INTO provision_step (provision_id, case_id, status, on_day, source)
            SELECT id, case_id, 'requested', requested_on, 'estimated' FROM provision WHERE requested_on IS NOT NULL;
        UPDATE provision SET waiting_since = requested_on WHERE status = 'waiting';
        INSERT INTO provision_step (provision_id, case_id, status, on_day, source)
            SELECT id, case_id, 'waiting', waiting_since, 'estimated' FROM provision WHERE waiting_since IS NOT NULL;
        INSERT INTO provision_step (provision_id, case_id, status, on_day, source)
            SELECT id, case_id, 'active', start, 'estimated' FROM provision WHERE start IS NOT NULL AND status IN ('active', 'ended');
        """
    }
}
