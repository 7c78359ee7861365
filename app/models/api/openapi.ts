/**
 * The OpenAPI 3.1 document of the public API, written once: served as /api/v1/openapi.json,
 * rendered for people at /developers, and the source of the /api/v1 index's endpoint list.
 * tests/http/api-contract.test.ts validates it with a maintained parser and checks every
 * endpoint's real answers against these schemas, so it cannot drift from the serializers
 * (app/models/api/*.server.ts), whose types the object schemas are also checked against.
 */
import {
  hackDayStatuses,
  careSettings,
  gateItemStatuses,
  pilotStatuses,
  problemStatuses,
  projectStates,
  specialties,
  archiveReasons,
} from "../../domain/taxonomy";
import { periodPresets } from "../../domain/impact";
import { stageKeys } from "../../domain/stages";
import { problemSorts } from "../../domain/problem-list";
import { publicHackDaySections } from "../../domain/hack-day-status";
import {
  API_CACHE_CONTROL,
  API_EXPOSED_HEADERS,
  API_METHODS,
  API_REQUEST_HEADERS,
  PREFLIGHT_MAX_AGE_SECONDS,
} from "../../utils/api-policy";
import {
  arrayOf,
  exampleOf,
  boolean,
  date,
  dateTime,
  integer,
  nullable,
  object,
  ref,
  string,
  uri,
  vocabularySchema,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type ResponseObject,
  type Schema,
} from "./openapi-schema";
import type { serializeHackDay } from "./hack-days.server";
import type { serializeOutcome, serializeStory } from "./outcomes.server";
import type { serializeProblem, serializeProblemListItem } from "./problems.server";
import type { serializeProjectCard, serializeProjectPage } from "./projects.server";

type ProblemItem = ReturnType<typeof serializeProblemListItem>;
type Problem = ReturnType<typeof serializeProblem>;
type ProjectItem = ReturnType<typeof serializeProjectCard>;
type Project = ReturnType<typeof serializeProjectPage>;
type HackDay = ReturnType<typeof serializeHackDay>;
type Outcome = ReturnType<typeof serializeOutcome>;
type Story = ReturnType<typeof serializeStory>;

const SITE = "https://hackpath.example";
const FLAG_VALUES = ["1", "true", "on", "yes"] as const;
/** A month as app/validation/impact.ts accepts it. */
const MONTH_PATTERN = "^(20\\d\\d|2100)-(0[1-9]|1[0-2])$";

// ---------------------------------------------------------------- shared fields

const id = (what: string, example = 12) => integer(`The ${what}'s id.`, example, { minimum: 1 });
const pageUrl = (what: string, path: string) => uri(`The ${what}'s page on Hackpath.`, `${SITE}${path}`);
const apiUrl = (what: string, path: string) => uri(`The ${what} in this API.`, `${SITE}/api/v1${path}`);

const projectSummary = object<Problem["projects"][number]>("A public project working on the problem.", {
  id: id("project", 7),
  name: string("The project's name.", "FootPath"),
  stage: ref("Stage"),
  state: ref("ProjectState"),
  url: pageUrl("project", "/projects/7-footpath"),
  apiUrl: apiUrl("project", "/projects/7"),
});

const problemRef = object<NonNullable<ProjectItem["problem"]>>("The problem a project addresses.", {
  id: id("problem"),
  title: string("The problem's title.", "Annual diabetic foot checks are missed between services"),
  url: pageUrl("problem", "/problems/12-annual-diabetic-foot-checks"),
});

const hackDayRef = object<NonNullable<ProjectItem["hackDay"]>>("The hack day a project came from.", {
  id: id("hack day", 3),
  name: string("The hack day's name.", "Winter Hack Day 2026"),
  url: pageUrl("hack day", "/hack-days/3-winter-hack-day-2026"),
});

const outcomeProject = object<Outcome["project"]>("The public project the outcome was measured on.", {
  id: id("project", 7),
  name: string("The project's name.", "FootPath"),
  tagline: string("The project's one-line description (may be empty).", "One shared foot-risk record"),
  stage: ref("Stage"),
  url: pageUrl("project", "/projects/7-footpath"),
  apiUrl: apiUrl("project", "/projects/7"),
});

const measure = {
  metric: string("What was measured.", "Median time on the floor after a fall at night"),
  baseline: string("The value before (as written by the team).", "220"),
  result: string("The value after.", "26"),
  unit: string("The unit of the baseline and result (may be empty).", "minutes"),
  source: string("Where the figures come from.", "Care home falls logs, pilot vs previous 12 months"),
  measuredOn: date("The day the result was measured.", "2026-04-15"),
};

// ---------------------------------------------------------------- resources

const schemas: Record<string, Schema> = {
  CareSetting: vocabularySchema("Where care happens.", careSettings.values),
  Specialty: vocabularySchema("The clinical specialty.", specialties.values),
  Stage: vocabularySchema("A pipeline stage, in order from prototype to adopted.", stageKeys),
  ProjectState: vocabularySchema("Whether a project is active, paused or archived.", projectStates.values),
  ArchiveReason: vocabularySchema("Why a project was archived.", archiveReasons.values),
  ProblemStatus: vocabularySchema("Where a problem is.", problemStatuses.values),
  ProblemSort: vocabularySchema("How a problem list is ordered (relevance needs a search).", Object.keys(problemSorts)),
  HackDayStatus: vocabularySchema(
    "Where an announced hack day is (drafts are never in the API).",
    hackDayStatuses.values.filter((s) => s !== "draft"),
  ),
  HackDaySection: vocabularySchema("A section of the hack days list.", publicHackDaySections),
  GateItemStatus: vocabularySchema("Where a gate item is.", gateItemStatuses.values),
  PilotStatus: vocabularySchema("Where a pilot is.", pilotStatuses.values),
  PeriodPreset: vocabularySchema(
    "A named period of /impact.",
    periodPresets.map((p) => p.value),
  ),

  ListMeta: object("Where this page is in the whole list.", {
    page: integer("This page's number, from 1.", 1, { minimum: 1 }),
    pageSize: integer("Items on a full page.", 20, { minimum: 1 }),
    total: integer("Items in the whole list, with these filters.", 48, { minimum: 0 }),
    pageCount: integer("Pages in the whole list (at least 1).", 3, { minimum: 1 }),
  }),
  ListLinks: object("Links to this page and its neighbours; they keep the request's filters.", {
    self: uri("This page.", `${SITE}/api/v1/problems?page=1`),
    next: nullable(uri("The next page, or null on the last.", `${SITE}/api/v1/problems?page=2`)),
    prev: nullable(uri("The page before, or null on the first.", `${SITE}/api/v1/problems?page=1`)),
  }),
  Error: object("An error.", {
    error: {
      type: "object",
      description: "What went wrong.",
      properties: {
        status: integer("The HTTP status, repeated.", 404),
        message: string("What went wrong, in words.", "No problem has that id."),
        parameter: string("The query parameter a 400 is about (only on a 400).", "stage"),
      },
      required: ["status", "message"],
      additionalProperties: false,
    },
  }),

  ProblemListItem: object<ProblemItem>("A problem in a list.", {
    id: id("problem"),
    title: string("The problem's title.", "Annual diabetic foot checks are missed between services"),
    excerpt: string("The opening of the summary (about 240 characters).", "Patients with diabetes move between…"),
    careSetting: ref("CareSetting"),
    specialty: ref("Specialty"),
    status: ref("ProblemStatus"),
    tags: arrayOf("Its tags.", string("A tag.", "diabetes")),
    endorsementCount: integer("People who said it happens to them too.", 9, { minimum: 0 }),
    organisationCount: integer("Different organisations among them: the demand signal.", 6, { minimum: 0 }),
    commentCount: integer("Visible comments.", 4, { minimum: 0 }),
    projectCount: integer("Projects linked to it.", 1, { minimum: 0 }),
    createdAt: dateTime("When it was posted."),
    url: pageUrl("problem", "/problems/12-annual-diabetic-foot-checks"),
    apiUrl: apiUrl("problem", "/problems/12"),
  }),
  Problem: object<Problem>("A problem's canvas, its demand signal and its public projects.", {
    id: id("problem"),
    title: string("The problem's title.", "Annual diabetic foot checks are missed between services"),
    summary: string("The problem in a few sentences.", "Patients with diabetes move between GP, podiatry…"),
    whoAffected: string("Who is affected.", "People with diabetes at moderate or high foot risk"),
    frequency: string("How often it happens.", "Weekly in every practice"),
    currentWorkaround: string("What people do today (may be empty).", "Phone calls and faxed letters"),
    idealOutcome: string("What good would look like.", "One record every service sees"),
    careSetting: ref("CareSetting"),
    specialty: ref("Specialty"),
    dataAvailable: string("The data that exists (may be empty).", "Foot risk category in the GP record"),
    dataConstraints: string("Its constraints (may be empty).", "No patient-identifiable data at hack days"),
    status: ref("ProblemStatus"),
    closedReason: nullable(string("Why it was closed, when it is closed.", "Solved elsewhere")),
    tags: arrayOf("Its tags.", string("A tag.", "diabetes")),
    author: string("The name of the clinician who posted it.", "Dr Priya Raman"),
    endorsementCount: integer("People who said it happens to them too.", 9, { minimum: 0 }),
    organisationCount: integer("Different organisations among them.", 6, { minimum: 0 }),
    commentCount: integer("Visible comments.", 4, { minimum: 0 }),
    createdAt: dateTime("When it was posted."),
    updatedAt: dateTime("When its canvas last changed."),
    projects: arrayOf("Public projects working on it (at most 50).", projectSummary),
    hackDays: arrayOf(
      "Announced hack days that shortlisted it.",
      object<Problem["hackDays"][number]>("A hack day that shortlisted the problem.", {
        id: id("hack day", 3),
        name: string("The hack day's name.", "Winter Hack Day 2026"),
        startsAt: dateTime("When it starts."),
        url: pageUrl("hack day", "/hack-days/3-winter-hack-day-2026"),
      }),
    ),
    url: pageUrl("problem", "/problems/12-annual-diabetic-foot-checks"),
  }),

  ProjectListItem: object<ProjectItem>("A submitted project in a list.", {
    id: id("project", 7),
    name: string("The project's name.", "FootPath"),
    tagline: string("One line on what it is (may be empty).", "One shared foot-risk record"),
    stage: ref("Stage"),
    state: ref("ProjectState"),
    careSetting: nullable(ref("CareSetting")),
    specialty: nullable(ref("Specialty")),
    problem: nullable(ref("ProblemRef")),
    hackDay: nullable(ref("HackDayRef")),
    createdAt: dateTime("When the project was started."),
    url: pageUrl("project", "/projects/7-footpath"),
    apiUrl: apiUrl("project", "/projects/7"),
  }),
  ProblemRef: problemRef,
  HackDayRef: hackDayRef,
  Project: object<Project>("A submitted project, as its public page shows it.", {
    id: id("project", 7),
    name: string("The project's name.", "FootPath"),
    tagline: string("One line on what it is (may be empty).", "One shared foot-risk record"),
    description: string("What it does (may be empty).", "FootPath gives the practice, podiatry and the foot team…"),
    stage: ref("Stage"),
    state: ref("ProjectState"),
    stateReason: nullable(string("Why it is paused or archived; null while active.", "Looking for a pilot site")),
    archiveReason: nullable(ref("ArchiveReason")),
    careSetting: nullable(ref("CareSetting")),
    specialty: nullable(ref("Specialty")),
    tech: string("The technology it uses (may be empty).", "TypeScript, FHIR R4"),
    licence: string("Its licence (may be empty).", "MIT"),
    links: object<Project["links"]>("Its links (http and https only).", {
      repository: nullable(uri("The source code.", "https://github.com/example/footpath")),
      demo: nullable(uri("A working demo.", "https://footpath.example")),
      video: nullable(uri("A video walkthrough.", "https://video.example/footpath")),
    }),
    problem: nullable(ref("ProblemRef")),
    hackDay: nullable(ref("HackDayRef")),
    submittedAt: nullable(dateTime("When the team submitted it.")),
    stageEnteredAt: nullable(dateTime("When it entered its current stage.")),
    team: arrayOf(
      "The team, lead first.",
      object<Project["team"][number]>("A team member.", {
        name: string("Their name.", "Kofi Asante"),
        role: vocabularySchema("Lead or member.", ["lead", "member"]),
        clinician: boolean("Whether they are a clinician.", false),
      }),
    ),
    gates: arrayOf(
      "The gate into each stage after prototype, with its items.",
      object<Project["gates"][number]>("The gate into one stage.", {
        stage: ref("Stage"),
        position: vocabularySchema(
          "passed: the project is at or beyond this stage; next: the gate it is working on; later: beyond that.",
          ["passed", "next", "later"],
        ),
        items: arrayOf(
          "What the project must show to enter the stage.",
          object<Project["gates"][number]["items"][number]>("A gate item.", {
            key: string("The item's key.", "working_demo"),
            label: string("What it asks for.", "A working demo exists"),
            standard: string("The standard it comes from.", "DTAC"),
            required: boolean("Required (true) or recommended.", true),
            status: ref("GateItemStatus"),
            evidence: string(
              "The evidence the team recorded (private evidence is never shown).",
              "Demo: https://footpath.example",
            ),
            verifiedBy: nullable(string("Who verified it, when it needs verifying.", "Dr Helen Marsh")),
            verifiedAt: nullable(dateTime("When it was verified.")),
          }),
        ),
      }),
    ),
    timeline: arrayOf(
      "Moves, requests, approvals, returns, overrides and changes of state, newest first (at most 100).",
      object<Project["timeline"][number]>("A timeline event.", {
        kind: string(
          "submitted, requested, approved, returned, override, moved_back, paused, resumed or archived.",
          "approved",
        ),
        fromStage: nullable(ref("Stage")),
        toStage: nullable(ref("Stage")),
        by: nullable(string("Who did it (null for a former member).", "Tom Adeyemi")),
        reason: string("The reason given (may be empty).", "All validation items met"),
        at: dateTime("When."),
      }),
    ),
    mentors: arrayOf(
      "Active mentors.",
      object<Project["mentors"][number]>("A mentor.", {
        name: string("Their name.", "Dr Helen Marsh"),
        url: pageUrl("mentor", "/mentors/5-dr-helen-marsh"),
      }),
    ),
    pilots: arrayOf(
      "Pilots at sites.",
      object<Project["pilots"][number]>("A pilot.", {
        organisation: string("The organisation.", "Pennine Vale ICB"),
        site: string("The site (may be empty).", "Chapel Lane Surgery"),
        startsOn: nullable(date("The first day.", "2026-01-05")),
        endsOn: nullable(date("The last day.", "2026-04-30")),
        successMeasures: string("What success means (may be empty).", "Foot checks recorded within 12 months"),
        status: ref("PilotStatus"),
      }),
    ),
    outcomes: arrayOf(
      "Measured outcomes, most recently measured first.",
      object<Project["outcomes"][number]>("A measured outcome.", {
        ...measure,
        story: nullable(
          object<NonNullable<Project["outcomes"][number]["story"]>>("The success story published from it.", {
            title: string("The story's title.", "From nearly four hours on the floor to under half an hour"),
            body: string("The story, in plain words.", "Grace Mensah manages a care home…"),
            publishedAt: dateTime("When it was published."),
          }),
        ),
      }),
    ),
    dataUse: nullable(
      object<NonNullable<Project["dataUse"]>>("The published data-use statement: what data, why, and the basis.", {
        statement: string("The statement, in plain language.", "What data\nFoot risk category and next check date."),
        lawfulBasis: string("The UK GDPR Article 6(1) basis (a key such as public_task).", "public_task"),
        publishedAt: dateTime("When it was last published."),
      }),
    ),
    screenshots: arrayOf(
      "Screenshots.",
      object<Project["screenshots"][number]>("A screenshot.", {
        url: uri("The image.", `${SITE}/screenshots/0123456789abcdef01234567.png`),
        alt: string("What it shows.", "The overdue list, sorted by risk"),
      }),
    ),
    awards: arrayOf(
      "Awards won at hack days with published results.",
      object<Project["awards"][number]>("An award.", {
        name: string("The award.", "Best in show"),
        description: string("What it is for (may be empty).", "The judges' overall favourite"),
        hackDay: object<Project["awards"][number]["hackDay"]>("The hack day that gave it.", {
          id: id("hack day", 3),
          name: string("The hack day's name.", "Winter Hack Day 2026"),
        }),
      }),
    ),
    url: pageUrl("project", "/projects/7-footpath"),
  }),

  HackDay: object<HackDay>("An announced hack day.", {
    id: id("hack day", 3),
    name: string("Its name.", "Winter Hack Day 2026"),
    description: string("What it is about.", "Two days on diabetes and frailty."),
    themes: string("Its themes (may be empty).", "Diabetes, frailty"),
    status: ref("HackDayStatus"),
    startsAt: dateTime("When it starts."),
    endsAt: dateTime("When it ends.", "2026-03-15T17:00:00.000Z"),
    submissionDeadline: dateTime("When submissions close.", "2026-03-15T14:00:00.000Z"),
    venue: string("Where (may be empty when online only).", "Leeds General Infirmary, Education Centre"),
    onlineUrl: nullable(string("Where to join online, if it is online.", "https://meet.example/winter")),
    capacity: nullable(integer("How many may register; null for no limit.", 120, { minimum: 1 })),
    resultsPublishedAt: nullable(dateTime("When its results were published.")),
    url: pageUrl("hack day", "/hack-days/3-winter-hack-day-2026"),
    calendarUrl: uri("The calendar feed of every hack day (iCalendar).", `${SITE}/hack-days.ics`),
  }),

  Outcome: object<Outcome>("A measured outcome of a public project.", {
    id: id("outcome", 5),
    ...measure,
    story: nullable(
      object<NonNullable<Outcome["story"]>>("The success story published from this outcome.", {
        id: id("story", 5),
        title: string("The story's title.", "From nearly four hours on the floor to under half an hour"),
        publishedAt: dateTime("When it was published."),
        url: pageUrl("story", "/stories/5-from-nearly-four-hours-on-the-floor"),
        apiUrl: apiUrl("story", "/stories/5"),
      }),
    ),
    project: outcomeProject,
  }),
  Story: object<Story>("A published success story: a measured outcome told in plain words.", {
    id: id("story", 5),
    title: string("The story's title.", "From nearly four hours on the floor to under half an hour"),
    body: string("The story, in plain words (paragraphs separated by blank lines).", "Grace Mensah manages…"),
    ...measure,
    publishedAt: dateTime("When it was published."),
    pilot: nullable(
      object<NonNullable<Story["pilot"]>>("The pilot the outcome was measured in.", {
        organisation: string("The organisation.", "Oakleigh Care"),
        site: string("The site (may be empty).", "Oakleigh House"),
      }),
    ),
    project: outcomeProject,
    url: pageUrl("story", "/stories/5-from-nearly-four-hours-on-the-floor"),
    apiUrl: apiUrl("story", "/stories/5"),
  }),

  ApiIndex: object("What the API offers and where it is described.", {
    name: string("The API's name.", "Hackpath public API"),
    version: integer("The API's major version.", 1),
    description: string("What it is.", "Read-only JSON of Hackpath's public data."),
    documentation: uri("This document, for people.", `${SITE}/developers`),
    openapi: uri("This document, for machines (OpenAPI 3.1).", `${SITE}/api/v1/openapi.json`),
    pagination: string("How lists are paged.", "Lists return { data, meta, links }."),
    caching: string("How to ask only for what changed.", "Send the ETag back in If-None-Match."),
    errors: string("How errors look.", "Errors return { error: { status, message } }."),
    endpoints: arrayOf(
      "Every endpoint.",
      object("An endpoint.", {
        path: string("Its address ({id} stands for an id).", `${SITE}/api/v1/problems/{id}`),
        description: string("What it answers.", "One problem."),
        parameters: arrayOf("The query parameters it takes.", string("A parameter.", "page")),
      }),
    ),
  }),
};

/** A list's envelope around items of one schema. */
const listOf = (item: string, description: string): Schema =>
  object(description, {
    data: arrayOf("This page's items.", ref(item)),
    meta: ref("ListMeta"),
    links: ref("ListLinks"),
  });
schemas.ProblemList = listOf("ProblemListItem", "A page of problems.");
schemas.ProjectList = listOf("ProjectListItem", "A page of projects.");
schemas.HackDayList = listOf("HackDay", "A page of hack days.");
schemas.OutcomeList = listOf("Outcome", "A page of outcomes.");
schemas.StoryList = listOf("Story", "A page of success stories.");
/** `{ data }` around one record. */
const one = (item: string, description: string): Schema => object(description, { data: ref(item) });
schemas.ProblemResponse = one("Problem", "One problem.");
schemas.ProjectResponse = one("Project", "One project.");
schemas.StoryResponse = one("Story", "One success story.");

// ---------------------------------------------------------------- parameters

const query = (name: string, description: string, schema: Schema): Parameter => ({
  name,
  in: "query",
  description,
  schema,
});
const positive = (description: string) => integer(description, 3, { minimum: 1 });
const flag = (description: string): Schema => ({ type: "string", description, enum: FLAG_VALUES, examples: ["1"] });

const parameters: Record<string, Parameter> = {
  page: query("page", "The page to answer, from 1 (20 items a page).", {
    ...integer("A page number.", 2, { minimum: 1, maximum: 10_000 }),
    default: 1,
  }),
  problemSearch: query(
    "q",
    "Words to search for in problems (title, summary, canvas and tags); only the first 200 characters count.",
    string("Search words.", "foot"),
  ),
  projectSearch: query(
    "q",
    "Words to search for in projects (name, tagline, description, tech).",
    string("Search words.", "falls", { maxLength: 200 }),
  ),
  careSetting: query("careSetting", "Only those in this care setting.", ref("CareSetting")),
  specialty: query("specialty", "Only those in this specialty.", ref("Specialty")),
  problemStatus: query(
    "status",
    "Only problems with this status (duplicates are listed only when asked for).",
    ref("ProblemStatus"),
  ),
  tag: query(
    "tag",
    "Only problems with this tag (its slug: lower-case letters, digits and hyphens).",
    string("A tag slug.", "diabetes", { maxLength: 60, pattern: "^[a-z0-9-]+$" }),
  ),
  hasProjects: query("hasProjects", "Only problems that projects work on.", flag("Any of 1, true, on, yes.")),
  problemSort: query(
    "sort",
    "The order: relevance (with a search; the default then), newest (the default otherwise), endorsed, organisations or active.",
    ref("ProblemSort"),
  ),
  stage: query("stage", "Only projects at this stage.", ref("Stage")),
  projectState: query("state", "Only projects in this state.", ref("ProjectState")),
  hackDay: query(
    "hackDay",
    "Only projects (or their outcomes) from the hack day with this id.",
    positive("A hack day id."),
  ),
  problem: query("problem", "Only projects on the problem with this id.", positive("A problem id.")),
  project: query("project", "Only the outcomes of the project with this id.", positive("A project id.")),
  hasStory: query("hasStory", "Only outcomes published as success stories.", flag("Any of 1, true, on, yes.")),
  period: query(
    "period",
    `As on /impact: ${periodPresets.map((p) => `${p.value} (${p.label.toLowerCase()})`).join(", ")}, in UK time; it wins over from and to. Stories by when they were published, outcomes by when they were measured.`,
    ref("PeriodPreset"),
  ),
  from: query(
    "from",
    "The first month of a custom period (YYYY-MM, UK time; never later than this month).",
    string("A month.", "2026-01", { pattern: MONTH_PATTERN }),
  ),
  to: query(
    "to",
    "The last month of a custom period (YYYY-MM; swapped with from when given the wrong way round).",
    string("A month.", "2026-06", { pattern: MONTH_PATTERN }),
  ),
  section: query(
    "section",
    "Only hack days in this section: upcoming (open for registration), live (live or judging), past (results published or archived).",
    ref("HackDaySection"),
  ),
  id: { name: "id", in: "path", required: true, description: "The record's id.", schema: positive("An id.") },
  ifNoneMatch: {
    name: "If-None-Match",
    in: "header",
    description:
      "ETags you hold (or *): when one matches this answer's ETag (weak comparison), the answer is 304 with no body.",
    schema: string("Entity tags.", '"3q2-7w_pYF0mbDKbVTn0Ng"'),
  },
  ifModifiedSince: {
    name: "If-Modified-Since",
    in: "header",
    description:
      "An HTTP date: when the answer carries Last-Modified no later than it, it is 304. Ignored when If-None-Match is sent.",
    schema: string("An HTTP date.", "Wed, 11 Nov 2026 09:00:00 GMT"),
  },
};
const parameterRefs = (...names: (keyof typeof parameters)[]) =>
  names.map((name) => ({ $ref: `#/components/parameters/${name}` }));
const CONDITIONAL = ["ifNoneMatch", "ifModifiedSince"] as const;

// ---------------------------------------------------------------- responses

const headers = {
  ETag: {
    description:
      "A strong validator: the first 132 bits of the SHA-256 of the body's bytes. Send it back in If-None-Match.",
    schema: string("An entity tag.", '"3q2-7w_pYF0mbDKbVTn0Ng"', { pattern: '^"[A-Za-z0-9_-]{22}"$' }),
  },
  LastModified: {
    description: "When what the answer is made of last changed (only where one timestamp covers it all).",
    schema: string("An HTTP date.", "Wed, 11 Nov 2026 09:00:00 GMT"),
  },
  CacheControl: {
    description: `${API_CACHE_CONTROL} on answers; no-store on errors.`,
    schema: string("Cache directives.", API_CACHE_CONTROL),
  },
  AccessControlAllowOrigin: {
    description: "Any origin may read the answer.",
    schema: string("Always *.", "*"),
  },
  AccessControlExposeHeaders: {
    description: "Headers a script on another origin may read.",
    schema: string("Header names.", API_EXPOSED_HEADERS),
  },
};
const header = (name: keyof typeof headers) => ({ $ref: `#/components/headers/${name}` });
const okHeaders = {
  ETag: header("ETag"),
  "Cache-Control": header("CacheControl"),
  "Access-Control-Allow-Origin": header("AccessControlAllowOrigin"),
  "Access-Control-Expose-Headers": header("AccessControlExposeHeaders"),
};

const errorResponse = (description: string, example: { status: number; message: string; parameter?: string }) => ({
  description,
  headers: {
    "Cache-Control": header("CacheControl"),
    "Access-Control-Allow-Origin": header("AccessControlAllowOrigin"),
  },
  content: { "application/json": { schema: ref("Error"), example: { error: example } } },
});
const responses: Record<string, ResponseObject> = {
  NotModified: {
    description: "Not modified: the ETag (or date) you sent is still current. No body; reuse what you have.",
    headers: okHeaders,
  },
  BadRequest: errorResponse("A query parameter does not parse; `parameter` names it.", {
    status: 400,
    message:
      "The stage parameter must be one of: prototype, validation, pilot_ready, pilot, evaluation, route_to_market, adopted.",
    parameter: "stage",
  }),
  NotFound: errorResponse("There is no such public record.", { status: 404, message: "No problem has that id." }),
  PreconditionFailed: errorResponse("An If-Match or If-Unmodified-Since condition you sent is not met.", {
    status: 412,
    message: "The If-Match or If-Unmodified-Since condition is not met.",
  }),
};
const responseRef = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` });

/** The 200 answer with a schema (its example built from the schema's field examples) and the usual others. */
function answers(
  schema: string,
  description: string,
  more: Record<string, ResponseObject | { $ref: string }> = {},
  extraHeaders = {},
) {
  return {
    "200": {
      description,
      headers: { ...okHeaders, ...extraHeaders },
      content: { "application/json": { schema: ref(schema), example: exampleOf(ref(schema), schemas) } },
    },
    "304": responseRef("NotModified"),
    ...more,
    "412": responseRef("PreconditionFailed"),
  };
}

function operation(
  operationId: string,
  tag: string,
  summary: string,
  description: string,
  parameterNames: (keyof typeof parameters)[],
  responseMap: Operation["responses"],
): { get: Operation } {
  return {
    get: {
      operationId,
      summary,
      description,
      tags: [tag],
      parameters: parameterRefs(...parameterNames, ...CONDITIONAL),
      responses: responseMap,
    },
  };
}

const LIST =
  "Lists are paged (20 a page) and take the same filters as the page they mirror; a filter value that does not parse is a 400 naming it, and an empty value means no filter.";

export const openApiDocument: OpenApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Hackpath public API",
    version: "1",
    summary: "Read-only JSON of Hackpath's public data: problems, projects, hack days, outcomes and success stories.",
    description: [
      "No account and no key: every answer is public, and exactly what a visitor sees on the pages. Private data (email addresses, funding interest, mentorship notes, unpublished scores, draft statements, private evidence) is never included, even when the request carries a session cookie.",
      `Any origin may read it (Access-Control-Allow-Origin: *). A cross-origin request that sends If-None-Match or If-Modified-Since is preflighted: OPTIONS on any /api/v1 path answers 204 with Access-Control-Allow-Methods: ${API_METHODS}, Access-Control-Allow-Headers: ${API_REQUEST_HEADERS} and Access-Control-Max-Age: ${PREFLIGHT_MAX_AGE_SECONDS}.`,
      `Every answer carries a strong ETag computed from its bytes and Cache-Control: ${API_CACHE_CONTROL}. Send the ETag back in If-None-Match and an unchanged answer is 304 Not Modified with no body (a list of tags and * work, compared weakly, as RFC 9110 says). A success story also carries Last-Modified, which If-Modified-Since is compared with. Errors are never cached and carry no ETag.`,
      "Lists return { data, meta: { page, pageSize, total, pageCount }, links: { self, next, prev } }, 20 items a page. One record returns { data }. Errors return { error: { status, message } } with the HTTP status, and a 400 names the parameter. Dates and times are ISO 8601 in UTC; calendar dates are YYYY-MM-DD. Addresses in answers are absolute.",
      "A breaking change would become /api/v2; fields may be added to v1, so ignore fields you do not know.",
    ].join("\n\n"),
  },
  servers: [{ url: "/", description: "This Hackpath." }],
  externalDocs: { description: "This document as a page.", url: "/developers" },
  tags: [
    { name: "About", description: "The API itself." },
    { name: "Problems", description: "Problems clinicians posted (as /problems)." },
    { name: "Projects", description: "Submitted projects (as /projects)." },
    { name: "Hack days", description: "Announced hack days (as /hack-days)." },
    { name: "Outcomes and stories", description: "Measured outcomes and published success stories (as /impact)." },
  ],
  paths: {
    "/api/v1": operation(
      "getIndex",
      "About",
      "What the API offers",
      "The endpoints, with the query parameters each takes, and where this document is.",
      [],
      answers("ApiIndex", "The index."),
    ),
    "/api/v1/openapi.json": operation(
      "getOpenApiDocument",
      "About",
      "The OpenAPI 3.1 document",
      "This API described in OpenAPI 3.1, with this site's own addresses; /developers is the same for people.",
      [],
      {
        "200": {
          description: "The OpenAPI 3.1 document.",
          headers: okHeaders,
          content: { "application/json": { schema: { type: "object", description: "An OpenAPI 3.1 document." } } },
        },
        "304": responseRef("NotModified"),
        "412": responseRef("PreconditionFailed"),
      },
    ),
    "/api/v1/problems": operation(
      "listProblems",
      "Problems",
      "Problems clinicians posted, newest first",
      `Visible problems (not hidden, not merged unless status=duplicate). ${LIST}`,
      ["page", "problemSearch", "careSetting", "specialty", "problemStatus", "tag", "hasProjects", "problemSort"],
      answers("ProblemList", "A page of problems.", { "400": responseRef("BadRequest") }),
    ),
    "/api/v1/problems/{id}": operation(
      "getProblem",
      "Problems",
      "One problem",
      "A problem's canvas, demand signal (counts, never who) and public projects. A problem merged into another answers 301 to that one.",
      ["id"],
      answers("ProblemResponse", "The problem.", {
        "301": {
          description: "The problem was merged into another: Location is that one's address.",
          headers: {
            Location: {
              description: "The problem it was merged into.",
              schema: uri("An address.", `${SITE}/api/v1/problems/9`),
            },
            "Access-Control-Allow-Origin": header("AccessControlAllowOrigin"),
          },
        },
        "404": responseRef("NotFound"),
      }),
    ),
    "/api/v1/projects": operation(
      "listProjects",
      "Projects",
      "Submitted projects, newest first",
      `With a search, best match first. ${LIST}`,
      ["page", "projectSearch", "stage", "projectState", "careSetting", "specialty", "hackDay", "problem"],
      answers("ProjectList", "A page of projects.", { "400": responseRef("BadRequest") }),
    ),
    "/api/v1/projects/{id}": operation(
      "getProject",
      "Projects",
      "One project",
      "Team, stage, gate items, timeline, mentors, pilots, outcomes, the published data-use statement and awards: what its public page shows.",
      ["id"],
      answers("ProjectResponse", "The project.", { "404": responseRef("NotFound") }),
    ),
    "/api/v1/hack-days": operation(
      "listHackDays",
      "Hack days",
      "Announced hack days, latest start first",
      `Drafts are never listed. ${LIST}`,
      ["page", "section"],
      answers("HackDayList", "A page of hack days.", { "400": responseRef("BadRequest") }),
    ),
    "/api/v1/outcomes": operation(
      "listOutcomes",
      "Outcomes and stories",
      "Measured outcomes of public projects, most recently measured first",
      `Each with its project and, once published, its success story's address. Filters are on the project. ${LIST}`,
      ["page", "careSetting", "specialty", "hackDay", "period", "from", "to", "project", "hasStory"],
      answers("OutcomeList", "A page of outcomes.", { "400": responseRef("BadRequest") }),
    ),
    "/api/v1/stories": operation(
      "listStories",
      "Outcomes and stories",
      "Published success stories, newest first",
      `As /impact lists them. Filters are on the project. ${LIST}`,
      ["page", "careSetting", "specialty", "hackDay", "period", "from", "to", "project"],
      answers("StoryList", "A page of stories.", { "400": responseRef("BadRequest") }),
    ),
    "/api/v1/stories/{id}": operation(
      "getStory",
      "Outcomes and stories",
      "One published success story",
      "As /stories/:id tells it. It carries Last-Modified (its outcome, pilot and project's latest change), so If-Modified-Since works here too. A withdrawn story is a 404.",
      ["id"],
      answers(
        "StoryResponse",
        "The story.",
        { "404": responseRef("NotFound") },
        { "Last-Modified": header("LastModified") },
      ),
    ),
  },
  components: { schemas, parameters, headers, responses },
};
