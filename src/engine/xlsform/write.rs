//! Writing a [`Form`] as an `.xlsx` workbook with rust_xlsxwriter.

use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

use super::model::{Form, Texts};

/// The workbook could not be made.
#[derive(Debug)]
pub struct WriteError(XlsxError);

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write the workbook: {}", self.0)
    }
}

impl std::error::Error for WriteError {}

impl From<XlsxError> for WriteError {
    fn from(error: XlsxError) -> Self {
        Self(error)
    }
}

/// One sheet, row by row: a header, then rows of cells (empty cells are left out).
fn sheet(sheet: &mut Worksheet, header: &[String], rows: &[Vec<String>]) -> Result<(), XlsxError> {
    for (col, name) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, name)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (col, cell) in row.iter().enumerate().filter(|(_, c)| !c.is_empty()) {
            sheet.write_string(r as u32 + 1, col as u16, cell)?;
        }
    }
    Ok(())
}

fn each(texts: &Texts, languages: usize) -> impl Iterator<Item = String> + '_ {
    (0..languages).map(|i| texts.get(i).cloned().unwrap_or_default())
}

/// The form as the bytes of an `.xlsx` file.
pub fn to_bytes(form: &Form) -> Result<Vec<u8>, WriteError> {
    let n = form.languages.len();
    let columns = |name: &'static str| form.languages.iter().map(move |l| format!("{name}::{l}"));
    let mut header: Vec<String> = vec!["type".into(), "name".into()];
    header.extend(columns("label"));
    header.extend(columns("hint"));
    header.extend(columns("guidance_hint"));
    header.extend(
        ["required", "relevant", "calculation", "constraint"]
            .iter()
            .map(|s| s.to_string()),
    );
    header.extend(columns("constraint_message"));
    header.push("appearance".into());
    let survey: Vec<Vec<String>> = form
        .survey
        .iter()
        .map(|row| {
            let mut cells = vec![row.kind.keyword(), row.name.clone()];
            cells.extend(each(&row.label, n));
            cells.extend(each(&row.hint, n));
            cells.extend(each(&row.guidance, n));
            cells.push(if row.required { "yes" } else { "" }.to_owned());
            cells.push(row.relevant.clone());
            cells.push(row.calculation.clone());
            cells.push(row.constraint.clone());
            cells.extend(each(&row.constraint_message, n));
            cells.push(row.appearance.clone());
            cells
        })
        .collect();
    let mut choice_header: Vec<String> = vec!["list_name".into(), "name".into()];
    choice_header.extend(columns("label"));
    let choices: Vec<Vec<String>> = form
        .choices
        .iter()
        .map(|c| {
            let mut cells = vec![c.list.clone(), c.name.clone()];
            cells.extend(each(&c.label, n));
            cells
        })
        .collect();
    let s = &form.settings;
    let settings_header: Vec<String> = ["form_title", "form_id", "version", "default_language"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let settings = vec![vec![
        s.title.clone(),
        s.id.clone(),
        s.version.clone(),
        s.default_language.clone(),
    ]];

    let mut workbook = Workbook::new();
    sheet(
        workbook.add_worksheet().set_name("survey")?,
        &header,
        &survey,
    )?;
    sheet(
        workbook.add_worksheet().set_name("choices")?,
        &choice_header,
        &choices,
    )?;
    sheet(
        workbook.add_worksheet().set_name("settings")?,
        &settings_header,
        &settings,
    )?;
    Ok(workbook.save_to_buffer()?)
}
