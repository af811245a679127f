#include "reports/messages.h"

#include <algorithm>
#include <stdexcept>

namespace maturity {

namespace {

struct Entry {
  const char* key;
  const char* en;
  const char* cy;
};

// Welsh follows the register of Welsh Government and Medr publications: "partneriaeth
// gymdeithasol" (social partnership), "undebau llafur" (trade unions), "llyfr gwaith"
// (workbook), "taflen" (sheet), "cwymplen" (drop-down list).
constexpr Entry kCatalogue[] = {
    // Every workbook: the page numbers in the printed footer (&P page, &N pages).
    {"workbook.page", "Page &P of &N", "Tudalen &P o &N"},

    // Element kinds.
    {"kind.indicator", "Indicator", "Dangosydd"},
    {"kind.behaviour", "Behaviour", "Ymddygiad"},
    {"kind.resource", "Resource", "Adnodd"},
    {"kind.process", "Process", "Proses"},
    {"measure.higher", "higher is better", "gorau po uchaf"},
    {"measure.lower", "lower is better", "gorau po isaf"},

    // The questionnaire workbook (maturity template --format xlsx).
    {"questionnaire.title", "{1}: self-assessment questionnaire", "{1}: holiadur hunanasesu"},
    {"questionnaire.version", "Framework {1}, version {2}", "Fframwaith {1}, fersiwn {2}"},
    {"questionnaire.sheet.instructions", "Instructions", "Cyfarwyddiadau"},
    {"questionnaire.sheet.institution", "Institution", "Sefydliad"},
    {"questionnaire.sheet.respondents", "Respondents", "Ymatebwyr"},
    {"questionnaire.sheet.sign_off", "Sign-off", "Llofnodi"},
    {"questionnaire.intro",
     "This questionnaire collects one institution's self-assessment against the framework. "
     "Management and trade union respondents answer in the same workbook, each in their own "
     "column, so that both sides' views can be scored separately and together.",
     "Mae'r holiadur hwn yn casglu hunanasesiad un sefydliad yn erbyn y fframwaith. Mae "
     "ymatebwyr y rheolwyr a'r undebau llafur yn ateb yn yr un llyfr gwaith, pob un yn ei "
     "golofn ei hun, fel y gellir sgorio barn y ddwy ochr ar wahân ac ynghyd."},
    {"questionnaire.how", "How to fill it in", "Sut i'w lenwi"},
    {"questionnaire.step.institution",
     "1. On the {1} sheet, give the institution's id, its name, the period assessed and its "
     "profile.",
     "1. Ar y daflen {1}, rhowch ddynodydd y sefydliad, ei enw, y cyfnod a aseswyd a'i "
     "broffil."},
    {"questionnaire.step.respondents",
     "2. On the {1} sheet, list each person who answers (up to {2}): an id of lowercase "
     "letters, digits and '-', and the side they answer for.",
     "2. Ar y daflen {1}, rhestrwch bob person sy'n ateb (hyd at {2}): dynodydd o lythrennau "
     "bach, digidau a '-', a'r ochr y maent yn ateb drosti."},
    {"questionnaire.step.answers",
     "3. On each dimension sheet, every respondent answers in their own column: a level from "
     "the drop-down list, a number for a measure, or Yes or No for each practice in a "
     "checklist. Leave a cell empty when you cannot answer.",
     "3. Ar bob taflen dimensiwn, mae pob ymatebydd yn ateb yn ei golofn ei hun: lefel o'r "
     "gwymplen, rhif ar gyfer mesur, neu Ie neu Na ar gyfer pob arfer mewn rhestr wirio. "
     "Gadewch gell yn wag pan na allwch ateb."},
    {"questionnaire.step.evidence",
     "4. Give evidence for a level of {1} or above (agreements, minutes, documents), one "
     "item per line.",
     "4. Rhowch dystiolaeth ar gyfer lefel {1} neu uwch (cytundebau, cofnodion, dogfennau), "
     "un eitem i bob llinell."},
    {"questionnaire.step.evidence_any",
     "4. Give your evidence (agreements, minutes, documents), one item per line.",
     "4. Rhowch eich tystiolaeth (cytundebau, cofnodion, dogfennau), un eitem i bob llinell."},
    {"questionnaire.step.not_applicable",
     "5. If an element does not apply to your institution, choose \"{1}\" and give the reason "
     "under Notes.",
     "5. Os nad yw elfen yn berthnasol i'ch sefydliad, dewiswch \"{1}\" a rhowch y rheswm o "
     "dan Nodiadau."},
    {"questionnaire.step.sign_off",
     "6. When both sides agree the assessment, record it on the {1} sheet (optional).",
     "6. Pan fydd y ddwy ochr yn cytuno ar yr asesiad, cofnodwch hynny ar y daflen {1} "
     "(dewisol)."},
    {"questionnaire.step.return",
     "7. Save the workbook (as .xlsx) and return it. It is read back with: maturity import "
     "QUESTIONNAIRE.xlsx -o RESPONSE.yaml",
     "7. Cadwch y llyfr gwaith (fel .xlsx) a'i ddychwelyd. Caiff ei ddarllen yn ôl gyda: "
     "maturity import HOLIADUR.xlsx -o YMATEB.yaml"},
    {"questionnaire.cells",
     "Only the shaded cells can be changed. Please do not rename, add or remove sheets.",
     "Dim ond y celloedd lliw y gellir eu newid. Peidiwch ag ailenwi, ychwanegu na dileu "
     "taflenni."},
    {"questionnaire.levels", "The levels", "Y lefelau"},
    {"questionnaire.dimensions", "The dimensions", "Y dimensiynau"},
    {"questionnaire.institution_id", "Institution id", "Dynodydd y sefydliad"},
    {"questionnaire.institution_id_hint", "lowercase letters, digits and '-', e.g. coleg-y-bryn",
     "llythrennau bach, digidau a '-', e.e. coleg-y-bryn"},
    {"questionnaire.institution_name", "Institution name", "Enw'r sefydliad"},
    {"questionnaire.period", "Period assessed", "Y cyfnod a aseswyd"},
    {"questionnaire.period_hint", "e.g. 2025-26", "e.e. 2025-26"},
    {"questionnaire.profile", "Profile", "Proffil"},
    {"questionnaire.optional", "optional", "dewisol"},
    {"questionnaire.whole_number", "a whole number", "rhif cyfan"},
    {"questionnaire.choose", "choose from the list", "dewiswch o'r rhestr"},
    {"questionnaire.text", "text", "testun"},
    {"questionnaire.id", "Id", "Dynodydd"},
    {"questionnaire.perspective", "Side (perspective)", "Ochr (safbwynt)"},
    {"questionnaire.name", "Name", "Enw"},
    {"questionnaire.role", "Role", "Rôl"},
    {"questionnaire.date", "Date (YYYY-MM-DD)", "Dyddiad (BBBB-MM-DD)"},
    {"questionnaire.respondent", "Respondent {1}", "Ymatebydd {1}"},
    {"questionnaire.question", "Question", "Cwestiwn"},
    {"questionnaire.answer_hint",
     "Each respondent answers in their own column; the headings come from the {1} sheet.",
     "Mae pob ymatebydd yn ateb yn ei golofn ei hun; daw'r penawdau o'r daflen {1}."},
    {"questionnaire.your_level", "Level", "Lefel"},
    {"questionnaire.value", "Value ({1}; {2})", "Gwerth ({1}; {2})"},
    {"questionnaire.applies", "Does not apply?", "Ddim yn berthnasol?"},
    {"questionnaire.practices", "Practices in place: Yes or No for each",
     "Arferion sydd ar waith: Ie neu Na ar gyfer pob un"},
    {"questionnaire.evidence", "Evidence (one item per line)",
     "Tystiolaeth (un eitem i bob llinell)"},
    {"questionnaire.notes", "Notes (the reason, if it does not apply)",
     "Nodiadau (y rheswm, os nad yw'n berthnasol)"},
    {"questionnaire.only_where", "Only where {1}.", "Dim ond lle {1}."},
    {"questionnaire.is", "{1} is {2}", "{1} yw {2}"},
    {"questionnaire.or", "or", "neu"},
    {"questionnaire.and", "and", "a"},
    {"questionnaire.not_applicable", "Not applicable", "Amherthnasol"},
    {"questionnaire.yes", "Yes", "Ie"},
    {"questionnaire.no", "No", "Na"},
    {"questionnaire.sign_off_hint",
     "Optional: when both sides agree the assessment, each side's signatory gives their name "
     "and the date.",
     "Dewisol: pan fydd y ddwy ochr yn cytuno ar yr asesiad, mae llofnodwr pob ochr yn rhoi "
     "ei enw a'r dyddiad."},
    {"survey.comments", "comments", "sylwadau"},
    {"survey.respondent_id", "Respondent ID", "Dynodydd yr ymatebydd"},
    {"questionnaire.validation.number", "Give a number.", "Rhowch rif."},
    {"questionnaire.validation.whole", "Give a whole number.", "Rhowch rif cyfan."},
    {"questionnaire.validation.list", "Choose from the list.", "Dewiswch o'r rhestr."},
    {"questionnaire.validation.date", "Give a date.", "Rhowch ddyddiad."},
};

const Entry* Find(std::string_view key) {
  for (const Entry& entry : kCatalogue) {
    if (key == entry.key) return &entry;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string>& Messages::Languages() {
  static const std::vector<std::string> languages = {"en", "cy"};
  return languages;
}

bool Messages::Supports(std::string_view language) {
  const auto& languages = Languages();
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

const Messages& Messages::For(std::string_view language) {
  static const Messages english("en");
  static const Messages welsh("cy");
  if (language == "en") return english;
  if (language == "cy") return welsh;
  throw std::invalid_argument("no message catalogue for language \"" + std::string(language) +
                              "\"");
}

std::string Messages::Raw(std::string_view key, std::string_view language) {
  const Entry* entry = Find(key);
  if (!entry) return "";
  return language == "cy" ? entry->cy : language == "en" ? entry->en : "";
}

std::vector<std::string> Messages::Keys() {
  std::vector<std::string> keys;
  for (const Entry& entry : kCatalogue) keys.emplace_back(entry.key);
  return keys;
}

std::string Messages::operator()(std::string_view key) const {
  const Entry* entry = Find(key);
  if (!entry) throw std::out_of_range("no message \"" + std::string(key) + "\" in the catalogue");
  return language_ == "cy" ? entry->cy : entry->en;
}

std::string Messages::operator()(std::string_view key,
                                 const std::vector<std::string>& arguments) const {
  std::string text = (*this)(key);
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9' &&
        text[i + 2] == '}') {
      std::size_t index = static_cast<std::size_t>(text[i + 1] - '1');
      if (index < arguments.size()) result += arguments[index];
      i += 2;
    } else {
      result += text[i];
    }
  }
  return result;
}

}  // namespace maturity
