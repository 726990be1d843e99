//! The form as XLSForm rows: the `survey`, `choices` and `settings` sheets, before any file is
//! written. Texts are one per language, in the guide's language order.

/// A text in every language of the guide, in the guide's order.
pub type Texts = Vec<String>;

/// What a survey row is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowType {
    /// One answer from the choice list of this name.
    SelectOne(String),
    /// Every option that applies from the choice list of this name: a checklist. ODK stores
    /// the option names space-separated.
    SelectMultiple(String),
    /// Text only; carries no value.
    Note,
    /// A hidden computed value.
    Calculate,
    /// The start of a group (`field-list` when all its notes show on one screen).
    BeginGroup,
    /// The end of the innermost group.
    EndGroup,
}

impl RowType {
    /// The word in the `type` column.
    pub fn keyword(&self) -> String {
        match self {
            RowType::SelectOne(list) => format!("select_one {list}"),
            RowType::SelectMultiple(list) => format!("select_multiple {list}"),
            RowType::Note => "note".to_owned(),
            RowType::Calculate => "calculate".to_owned(),
            RowType::BeginGroup => "begin group".to_owned(),
            RowType::EndGroup => "end group".to_owned(),
        }
    }
}

/// One row of the `survey` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyRow {
    /// The `type` column.
    pub kind: RowType,
    /// The `name` column: a node id for questions, a prefixed helper name otherwise.
    pub name: String,
    /// `label::<language>`, empty for calculates and group ends.
    pub label: Texts,
    /// `hint::<language>`.
    pub hint: Texts,
    /// `guidance_hint::<language>`: what ruta shows under `g`.
    pub guidance: Texts,
    /// `required`.
    pub required: bool,
    /// `relevant`, an XPath expression over `${name}` references.
    pub relevant: String,
    /// `calculation`.
    pub calculation: String,
    /// `constraint`, an XPath expression over `.` (the row's own value) that must hold.
    pub constraint: String,
    /// `constraint_message::<language>`: what the form says when the constraint fails.
    pub constraint_message: Texts,
    /// `appearance`.
    pub appearance: String,
}

impl SurveyRow {
    /// A row of `kind` named `name`, with every other column empty.
    pub fn new(kind: RowType, name: impl Into<String>) -> Self {
        Self {
            kind,
            name: name.into(),
            label: Vec::new(),
            hint: Vec::new(),
            guidance: Vec::new(),
            required: false,
            relevant: String::new(),
            calculation: String::new(),
            constraint: String::new(),
            constraint_message: Vec::new(),
            appearance: String::new(),
        }
    }

    /// A calculate named `name` computing `expression`.
    pub fn calculate(name: impl Into<String>, expression: impl Into<String>) -> Self {
        Self {
            calculation: expression.into(),
            ..Self::new(RowType::Calculate, name)
        }
    }

    /// A note named `name` showing `label`, when `relevant` holds.
    pub fn note(name: impl Into<String>, label: Texts, relevant: impl Into<String>) -> Self {
        Self {
            label,
            relevant: relevant.into(),
            ..Self::new(RowType::Note, name)
        }
    }
}

/// One row of the `choices` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceRow {
    /// The list it belongs to (the question's id, or `places`).
    pub list: String,
    /// The option id.
    pub name: String,
    /// `label::<language>`.
    pub label: Texts,
}

/// The `settings` sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// `form_title`, in the default language.
    pub title: String,
    /// `form_id`: the guide's id.
    pub id: String,
    /// `version`: the guide's version.
    pub version: String,
    /// `default_language`, as a column language (`Español (es)`).
    pub default_language: String,
}

/// A whole XLSForm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// Column names of the languages, `Name (code)`, in the guide's order.
    pub languages: Vec<String>,
    /// The `survey` sheet.
    pub survey: Vec<SurveyRow>,
    /// The `choices` sheet.
    pub choices: Vec<ChoiceRow>,
    /// The `settings` sheet.
    pub settings: Settings,
}

impl Form {
    /// The row named `name`, if any.
    pub fn row(&self, name: &str) -> Option<&SurveyRow> {
        self.survey.iter().find(|r| r.name == name)
    }
}
