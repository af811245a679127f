// The message catalogue: every fixed text maturity writes for people, in English and
// Welsh. Included by common/messages.h, so that each key a report uses is checked when it
// compiles (docs/languages.md).
#pragma once

namespace maturity {

struct MessageEntry {
  const char* key;
  const char* en;
  const char* cy;
};

// Welsh follows the register of Welsh Government and Medr publications: "partneriaeth
// gymdeithasol" (social partnership), "undebau llafur" (trade unions), "llyfr gwaith"
// (workbook), "taflen" (sheet), "cwymplen" (drop-down list).
inline constexpr MessageEntry kMessageCatalogue[] = {
    // Every workbook: the page numbers in the printed footer (&P page, &N pages).
    {"workbook.page", "Page &P of &N", "Tudalen &P o &N"},
    // A text cut to fit Excel's 32,767 characters a cell ({1}: its full length).
    {"workbook.shortened", " [… shortened: the full text of {1} characters is in the JSON result]",
     " [… wedi'i fyrhau: mae'r testun llawn o {1} nod yn y canlyniad JSON]"},

    // Online answering (`maturity serve`, docs/serve.md): the respondent's form.
    {"serve.site", "Partnership self-assessment", "Hunanasesiad partneriaeth"},
    {"serve.language_name", "English", "Cymraeg"},
    {"serve.form.heading", "Your answers", "Eich atebion"},
    {"serve.form.intro", "{1}, {2}: {3}. Your side: {4}.", "{1}, {2}: {3}. Eich ochr: {4}."},
    {"serve.overall", "Overall:", "Ar y cyfan:"},
    {"serve.progress", "{1} of {2} answered", "{1} o {2} wedi'u hateb"},
    {"serve.dimensions", "Dimensions", "Dimensiynau"},
    {"serve.choose_level", "Choose the level that describes you best",
     "Dewiswch y lefel sy'n eich disgrifio orau"},
    {"serve.in_place", "Tick each one in place", "Ticiwch bob un sydd ar waith"},
    {"serve.none_in_place", "None of these is in place", "Does dim un o'r rhain ar waith"},
    {"serve.value", "Value", "Gwerth"},
    {"serve.range", "{1} to {2}", "{1} i {2}"},
    {"serve.not_applicable", "Not applicable", "Amherthnasol"},
    {"serve.reason", "Reason (when not applicable)", "Rheswm (pan fo'n amherthnasol)"},
    {"serve.evidence", "Evidence", "Tystiolaeth"},
    {"serve.evidence_hint", "One item per line: a document, a meeting, a policy.",
     "Un eitem ar bob llinell: dogfen, cyfarfod, polisi."},
    {"serve.note", "Note", "Nodyn"},
    {"serve.save", "Save", "Cadw"},
    {"serve.save_next", "Save and continue", "Cadw a pharhau"},
    {"serve.autosave.saving", "Saving…", "Wrthi'n cadw…"},
    {"serve.autosave.saved", "Saved", "Wedi'i gadw"},
    {"serve.autosave.failed", "Not saved yet: use the Save button.",
     "Heb ei gadw eto: defnyddiwch y botwm Cadw."},
    {"serve.submit_heading", "Submit", "Cyflwyno"},
    {"serve.submit_intro",
     "You have answered {1} of {2}. When you have answered what you can, submit your answers: "
     "they are then locked, and your side's coordinator can reopen them.",
     "Rydych chi wedi ateb {1} o {2}. Pan fyddwch wedi ateb yr hyn a allwch, cyflwynwch eich "
     "atebion: byddant wedyn wedi'u cloi, a gall cydlynydd eich ochr eu hailagor."},
    {"serve.submit", "Submit my answers", "Cyflwyno fy atebion"},
    {"serve.notice.saved", "Your answers are saved.", "Mae eich atebion wedi'u cadw."},
    {"serve.notice.problems", "Some answers were not saved: see the message beside each one.",
     "Ni chafodd rhai atebion eu cadw: gweler y neges wrth ymyl pob un."},
    {"serve.notice.submitted",
     "You submitted your answers on {1}. They are locked: ask your side's coordinator to reopen "
     "them if you need to change one.",
     "Fe wnaethoch gyflwyno eich atebion ar {1}. Maent wedi'u cloi: gofynnwch i gydlynydd eich "
     "ochr eu hailagor os oes angen newid un."},
    {"serve.notice.drafts",
     "Give an answer to these, or clear their evidence and note, before you submit: {1}",
     "Rhowch ateb i'r rhain, neu cliriwch eu tystiolaeth a'u nodyn, cyn cyflwyno: {1}"},
    {"serve.notice.locked",
     "Nothing was saved: your answers have been submitted, your link has been replaced, or "
     "answering has closed.",
     "Ni chadwyd dim: mae eich atebion wedi'u cyflwyno, mae eich dolen wedi'i disodli, neu mae'r "
     "cyfnod ateb wedi cau."},
    {"serve.notice.closed", "Answering has closed. Thank you.",
     "Mae'r cyfnod ateb wedi cau. Diolch."},
    {"serve.stale",
     "This answer was changed on another page after you opened this one; the saved answer is "
     "shown. Enter yours again to replace it.",
     "Newidiwyd yr ateb hwn ar dudalen arall ar ôl i chi agor hon; dangosir yr ateb a gadwyd. "
     "Rhowch eich ateb eto i'w ddisodli."},
    {"serve.draft", "Kept, but not yet an answer: choose an answer or Not applicable.",
     "Wedi'i gadw, ond nid yw'n ateb eto: dewiswch ateb neu Amherthnasol."},
    {"serve.problem.both", "Choose an answer or Not applicable, not both.",
     "Dewiswch ateb neu Amherthnasol, nid y ddau."},
    {"serve.problem.reason_needed", "Give the reason this does not apply.",
     "Rhowch y rheswm nad yw hyn yn berthnasol."},
    {"serve.problem.reason_without",
     "A reason is only for an element that does not apply: tick Not applicable, or clear the "
     "reason.",
     "Mae rheswm ar gyfer elfen amherthnasol yn unig: ticiwch Amherthnasol, neu cliriwch y "
     "rheswm."},
    {"serve.problem.level", "Choose one of the levels, {1} to {2}.",
     "Dewiswch un o'r lefelau, {1} i {2}."},
    {"serve.problem.range", "Enter a number from {1} to {2}.", "Rhowch rif o {1} i {2}."},
    {"serve.problem.min", "Enter a number of at least {1}.", "Rhowch rif o {1} o leiaf."},
    {"serve.problem.max", "Enter a number of at most {1}.", "Rhowch rif o {1} ar y mwyaf."},
    {"serve.problem.number", "Enter a number, such as 12 or 12.5.", "Rhowch rif, fel 12 neu 12.5."},
    {"serve.problem.item", "Tick only the items listed, each once.",
     "Ticiwch yr eitemau a restrir yn unig, pob un unwaith."},
    {"serve.problem.evidence",
     "Line {1} of the evidence says nothing: give at least 3 letters or digits.",
     "Nid yw llinell {1} o'r dystiolaeth yn dweud dim: rhowch o leiaf 3 llythyren neu ddigid."},

    // Online answering: each side's coordinator.
    {"serve.coord.heading", "Coordinator's page: {1}", "Tudalen y cydlynydd: {1}"},
    {"serve.coord.intro", "{1}, {2}: {3}.", "{1}, {2}: {3}."},
    {"serve.coord.open",
     "Answering is open. Each side answers blind: you see your own side's progress and the "
     "other side's counts, never an answer, until answering closes.",
     "Mae'r cyfnod ateb ar agor. Mae pob ochr yn ateb heb weld atebion y llall: rydych chi'n "
     "gweld cynnydd eich ochr eich hun a chyfrifon yr ochr arall, byth ateb, nes i'r cyfnod "
     "ateb gau."},
    {"serve.coord.closed", "Answering closed on {1}.", "Caeodd y cyfnod ateb ar {1}."},
    {"serve.coord.sides", "Both sides", "Y ddwy ochr"},
    {"serve.col.side", "Side", "Ochr"},
    {"serve.col.invited", "Invited", "Wedi'u gwahodd"},
    {"serve.col.submitted", "Submitted", "Wedi cyflwyno"},
    {"serve.col.done", "Declared done", "Wedi datgan ei bod wedi gorffen"},
    {"serve.col.respondent", "Respondent", "Ymatebydd"},
    {"serve.col.name", "Name", "Enw"},
    {"serve.col.role", "Role", "Rôl"},
    {"serve.col.last_saved", "Last saved", "Cadwyd ddiwethaf"},
    {"serve.col.answered", "Answered", "Wedi'u hateb"},
    {"serve.col.actions", "Actions", "Camau"},
    {"serve.not_yet", "not yet", "dim eto"},
    {"serve.coord.your_side", "Your side's respondents", "Ymatebwyr eich ochr"},
    {"serve.coord.none", "No one on your side has been invited yet.",
     "Nid oes neb ar eich ochr wedi'i wahodd eto."},
    {"serve.coord.revoked", "link ended", "dolen wedi'i dod i ben"},
    {"serve.coord.reopen", "Reopen answers", "Ailagor atebion"},
    {"serve.coord.revoke", "End link", "Dod â'r ddolen i ben"},
    {"serve.coord.confirm_revoke", "End the link of {1}?", "Dod â dolen {1} i ben?"},
    {"serve.coord.confirm_revoke_text",
     "{1} will no longer be able to open their form: the link they have stops working at once, "
     "and so does any session they have open. Their answers stay. To let them answer again, "
     "invite them again for a new link.",
     "Ni fydd {1} yn gallu agor eu ffurflen mwyach: mae'r ddolen sydd ganddynt yn peidio â "
     "gweithio ar unwaith, a hefyd unrhyw sesiwn sydd ganddynt ar agor. Mae eu hatebion yn aros. "
     "I adael iddynt ateb eto, gwahoddwch nhw eto i gael dolen newydd."},
    {"serve.coord.confirm_revoke_button", "Yes, end the link", "Ie, dod â'r ddolen i ben"},
    {"serve.coord.confirm_revoke_cancel", "No, keep the link", "Na, cadw'r ddolen"},
    {"serve.coord.invite", "Invite a respondent", "Gwahodd ymatebydd"},
    {"serve.field.respondent", "Respondent id (letters, digits, - or _)",
     "Dynodydd yr ymatebydd (llythrennau, digidau, - neu _)"},
    {"serve.field.name", "Name", "Enw"},
    {"serve.field.role", "Role", "Rôl"},
    {"serve.coord.invite_button", "Issue a personal link", "Rhoi dolen bersonol"},
    {"serve.coord.issued",
     "The personal link of {1}: give it to them alone. It is shown only now; invite them again "
     "for a new one.",
     "Dolen bersonol {1}: rhowch hi iddynt hwy yn unig. Fe'i dangosir nawr yn unig; gwahoddwch "
     "nhw eto i gael un newydd."},
    {"serve.coord.done", "Finish answering for your side", "Gorffen ateb dros eich ochr"},
    {"serve.coord.done_intro",
     "When every respondent of your side has submitted, declare your side done. Answering closes "
     "when every side is done.",
     "Pan fydd pob ymatebydd ar eich ochr wedi cyflwyno, datganwch fod eich ochr wedi gorffen. "
     "Mae'r cyfnod ateb yn cau pan fydd pob ochr wedi gorffen."},
    {"serve.coord.done_button", "Our side has finished", "Mae ein hochr wedi gorffen"},
    {"serve.coord.waiting",
     "Not yet: {1} have not submitted. Tick the box below to finish without them.",
     "Dim eto: nid yw {1} wedi cyflwyno. Ticiwch y blwch isod i orffen hebddynt."},
    {"serve.coord.force", "Finish without those who have not submitted",
     "Gorffen heb y rhai nad ydynt wedi cyflwyno"},
    {"serve.coord.side_done", "Your side has declared itself done.",
     "Mae eich ochr wedi datgan ei bod wedi gorffen."},
    {"serve.coord.notice_done", "Your side is done.", "Mae eich ochr wedi gorffen."},
    {"serve.coord.notice_revoked", "The link of {1} has ended.", "Mae dolen {1} wedi dod i ben."},
    {"serve.coord.notice_reopened", "The answers of {1} are open again.",
     "Mae atebion {1} ar agor eto."},
    {"serve.coord.refused", "Not done: {1}", "Heb ei wneud: {1}"},

    // Agreeing online: the joint review, sign-off, the overseer's page (docs/serve.md).
    {"serve.coord.to_review", "Go to the joint review", "Ewch i'r adolygiad ar y cyd"},
    {"serve.coord.audit", "Audit trail", "Trywydd archwilio"},
    {"serve.col.when", "When (UTC)", "Pryd (UTC)"},
    {"serve.col.who", "Who", "Pwy"},
    {"serve.col.what", "What", "Beth"},
    // The audit trail's lines (collect/collection.cc writes them in English, as kept; pages
    // show them in their reader's language: AuditLineIn).
    {"audit.who.command_line", "command line", "llinell orchymyn"},
    {"audit.who.every_side", "every side", "pob ochr"},
    {"audit.who.overseer", "overseer", "goruchwyliwr"},
    {"audit.who.respondent", "respondent {1}", "ymatebydd {1}"},
    {"audit.who.coordinator", "{1} coordinator", "cydlynydd ({1})"},
    {"audit.created_from", "created for {1}, {2}, framework {3}, from {4}",
     "wedi'i greu ar gyfer {1}, {2}, fframwaith {3}, o {4}"},
    {"audit.created", "created for {1}, {2}, framework {3}",
     "wedi'i greu ar gyfer {1}, {2}, fframwaith {3}"},
    {"audit.link_signatory", "issued a link to {1} ({2}, signatory)",
     "wedi rhoi dolen i {1} ({2}, llofnodwr)"},
    {"audit.link", "issued a link to {1} ({2})", "wedi rhoi dolen i {1} ({2})"},
    {"audit.overseer_link", "issued an overseer's link", "wedi rhoi dolen goruchwyliwr"},
    {"audit.revoked", "revoked the link of {1}", "wedi dod â dolen {1} i ben"},
    {"audit.saved", "saved {1}", "wedi cadw {1}"},
    {"audit.submitted", "submitted ({1} of {2} answered)",
     "wedi cyflwyno ({1} o {2} wedi'u hateb)"},
    {"audit.reopened_answers", "reopened the answers of {1}", "wedi ailagor atebion {1}"},
    {"audit.side_done_without", "declared the side done, without {1}",
     "wedi datgan bod yr ochr wedi gorffen, heb {1}"},
    {"audit.side_done", "declared the side done", "wedi datgan bod yr ochr wedi gorffen"},
    {"audit.closed_every_side", "closed answering: every side is done",
     "wedi cau'r cyfnod ateb: mae pob ochr wedi gorffen"},
    {"audit.closed_without", "closed answering, without {1}", "wedi cau'r cyfnod ateb, heb {1}"},
    {"audit.closed", "closed answering", "wedi cau'r cyfnod ateb"},
    {"audit.actions", "changed the agreed actions ({1})",
     "wedi newid y camau gweithredu a gytunwyd ({1})"},
    {"audit.signed_agreed_final", "signed off for {1}: agreed; every side has signed",
     "wedi llofnodi ar ran yr ochr ({1}): cytuno; mae pob ochr wedi llofnodi"},
    {"audit.signed_not_agreed_final", "signed off for {1}: does not agree; every side has signed",
     "wedi llofnodi ar ran yr ochr ({1}): nid yw'n cytuno; mae pob ochr wedi llofnodi"},
    {"audit.signed_agreed", "signed off for {1}: agreed",
     "wedi llofnodi ar ran yr ochr ({1}): cytuno"},
    {"audit.signed_not_agreed", "signed off for {1}: does not agree",
     "wedi llofnodi ar ran yr ochr ({1}): nid yw'n cytuno"},
    {"audit.reopened", "asked to reopen; every side has asked: reopened, sign-offs cleared",
     "wedi gofyn am ailagor; mae pob ochr wedi gofyn: wedi'i ailagor, llofnodion wedi'u clirio"},
    {"audit.reopen_asked", "asked to reopen", "wedi gofyn am ailagor"},
    {"audit.refused_form", "refused a form without its token ({1})",
     "wedi gwrthod ffurflen heb ei thocyn ({1})"},
    {"audit.refused_coordinator_page", "refused: a coordinator's page ({1})",
     "gwrthodwyd: tudalen cydlynydd ({1})"},
    {"audit.refused", "refused: {1}", "gwrthodwyd: {1}"},
    {"serve.coord.links_csv", "Links for a mail merge", "Dolenni ar gyfer cyfuno post"},
    {"serve.coord.links_csv_intro",
     "Downloads a CSV file (respondent, name, side, link) of your side's respondents who have "
     "not submitted. Links are kept only as hashes, so each gets a new link and their old one "
     "ends; their answers stay.",
     "Yn llwytho ffeil CSV (ymatebydd, enw, ochr, dolen) o ymatebwyr eich ochr nad ydynt wedi "
     "cyflwyno. Dim ond stwnsh pob dolen a gedwir, felly mae pob un yn cael dolen newydd ac mae'r "
     "hen un yn dod i ben; mae eu hatebion yn aros."},
    {"serve.coord.links_csv_button", "Download new links (CSV)", "Llwytho dolenni newydd (CSV)"},
    {"serve.review.heading", "Joint review", "Adolygiad ar y cyd"},
    {"serve.review.in_review",
     "Answering has closed. Both sides now see every answer: agree the actions, then each "
     "side's signatory signs off.",
     "Mae'r cyfnod ateb wedi cau. Mae'r ddwy ochr bellach yn gweld pob ateb: cytunwch ar y "
     "camau gweithredu, yna mae llofnodwr pob ochr yn llofnodi."},
    {"serve.review.final",
     "Every side has signed off: the assessment is final and read-only. Reopening needs both "
     "sides' coordinators.",
     "Mae pob ochr wedi llofnodi: mae'r asesiad yn derfynol ac yn ddarllen-yn-unig. Mae angen "
     "cydlynwyr y ddwy ochr i'w ailagor."},
    {"serve.review.downloads", "Downloads", "Lawrlwythiadau"},
    {"serve.review.scorecard", "Excel scorecard", "Cerdyn sgorio Excel"},
    {"serve.review.report", "Published report (HTML)", "Adroddiad cyhoeddedig (HTML)"},
    {"serve.review.result", "Result (JSON)", "Canlyniad (JSON)"},
    {"serve.review.response", "Response (YAML)", "Ymateb (YAML)"},
    {"serve.review.sign_offs", "Sign-off", "Llofnodi"},
    {"serve.review.not_signed", "{1}: not signed yet.", "{1}: heb lofnodi eto."},
    {"serve.review.signed_agreed", "{1}: agreed, signed by {2} on {3}.",
     "{1}: cytuno, wedi'i lofnodi gan {2} ar {3}."},
    {"serve.review.signed_not_agreed",
     "{1}: does not agree, signed by {2} on {3}, with this statement:",
     "{1}: nid yw'n cytuno, wedi'i lofnodi gan {2} ar {3}, gyda'r datganiad hwn:"},
    {"serve.review.sign_for", "Sign off for {1}", "Llofnodi dros {1}"},
    {"serve.review.we_agree", "We agree", "Rydym yn cytuno"},
    {"serve.review.we_do_not_agree", "We do not agree", "Nid ydym yn cytuno"},
    {"serve.review.statement", "Statement", "Datganiad"},
    {"serve.review.statement_hint",
     "Required when you do not agree: say why. It is kept in full and published with the "
     "report.",
     "Yn ofynnol pan nad ydych yn cytuno: dywedwch pam. Caiff ei gadw'n llawn a'i gyhoeddi "
     "gyda'r adroddiad."},
    {"serve.review.sign_off", "Sign off", "Llofnodi"},
    {"serve.review.choose", "Choose \"We agree\" or \"We do not agree\".",
     "Dewiswch \"Rydym yn cytuno\" neu \"Nid ydym yn cytuno\"."},
    {"serve.review.signed", "Your sign-off is recorded.", "Mae eich llofnod wedi'i gofnodi."},
    {"serve.review.scores", "Scores by side", "Sgoriau fesul ochr"},
    {"serve.review.both", "Both sides", "Y ddwy ochr"},
    {"serve.review.target", "Target", "Targed"},
    {"serve.review.overall", "Overall", "Yn gyffredinol"},
    {"serve.review.perception_gaps", "Where the sides differ, widest first",
     "Lle mae'r ochrau'n wahanol, y mwyaf yn gyntaf"},
    {"serve.review.no_perception_gaps", "The two sides' ratings are close on every element.",
     "Mae graddau'r ddwy ochr yn agos ar bob elfen."},
    {"serve.review.difference", "Difference", "Gwahaniaeth"},
    {"serve.review.target_gaps", "Gaps to targets, highest priority first",
     "Bylchau i'r targedau, y flaenoriaeth uchaf yn gyntaf"},
    {"serve.review.no_gaps", "Every element reaches its target.",
     "Mae pob elfen yn cyrraedd ei tharged."},
    {"serve.review.score", "Score", "Sgôr"},
    {"serve.review.gap", "Gap", "Bwlch"},
    {"serve.review.next_step", "Next step", "Y cam nesaf"},
    {"serve.review.actions", "Agreed actions", "Camau gweithredu a gytunwyd"},
    {"serve.review.actions_intro",
     "One action a block; leave a block empty to add none. Changing them is recorded.",
     "Un cam gweithredu ym mhob bloc; gadewch floc yn wag i beidio ag ychwanegu un. Cofnodir "
     "pob newid."},
    {"serve.review.action_n", "Action {1}", "Cam gweithredu {1}"},
    {"serve.review.save_actions", "Save the actions", "Cadw'r camau gweithredu"},
    {"serve.review.actions_saved", "The agreed actions are saved.",
     "Mae'r camau gweithredu a gytunwyd wedi'u cadw."},
    {"serve.review.actions_refused", "The actions were not saved: see the messages below.",
     "Ni chafodd y camau gweithredu eu cadw: gweler y negeseuon isod."},
    {"serve.review.no_actions", "No actions have been agreed.",
     "Nid oes camau gweithredu wedi'u cytuno."},
    {"serve.review.reopen", "Reopen", "Ailagor"},
    {"serve.review.reopen_intro",
     "Reopening clears both sign-offs; it needs each side's coordinator to ask.",
     "Mae ailagor yn clirio'r ddau lofnod; mae angen i gydlynydd pob ochr ofyn."},
    {"serve.review.reopen_button", "Ask to reopen", "Gofyn am ailagor"},
    {"serve.review.reopened", "Reopened: the sign-offs are cleared.",
     "Wedi'i ailagor: mae'r llofnodion wedi'u clirio."},
    {"serve.review.reopen_asked", "Your request is recorded; waiting for: {1}.",
     "Mae eich cais wedi'i gofnodi; yn aros am: {1}."},
    {"serve.review.answers", "Every answer, by element", "Pob ateb, fesul elfen"},
    {"serve.review.answer", "Answer", "Ateb"},
    {"serve.review.blind.title", "Not yet", "Dim eto"},
    {"serve.review.blind.text",
     "Answering is still open: each side answers blind until both are done.",
     "Mae'r cyfnod ateb yn dal ar agor: mae pob ochr yn ateb heb weld atebion y llall nes bod y "
     "ddwy wedi gorffen."},
    {"serve.overseer.heading", "Every assessment", "Pob asesiad"},
    {"serve.overseer.intro",
     "Where each institution's self-assessment stands. No answer is shown here.",
     "Ble mae hunanasesiad pob sefydliad arni. Ni ddangosir unrhyw ateb yma."},
    {"serve.overseer.none", "No assessment yet.", "Dim asesiad eto."},
    {"serve.overseer.institution", "Institution", "Sefydliad"},
    {"serve.overseer.state", "State", "Cyflwr"},
    {"serve.overseer.returned", "Returned", "Wedi dychwelyd"},
    {"serve.overseer.completeness", "Completeness", "Cyflawnrwydd"},
    {"serve.overseer.chase", "To chase", "I'w atgoffa"},
    {"serve.overseer.submitted_of", "{1} of {2}", "{1} o {2}"},
    {"serve.overseer.to_sign", "{1} to sign", "{1} i lofnodi"},
    {"serve.state.not-started", "Not started", "Heb ddechrau"},
    {"serve.state.answering", "Answering", "Yn ateb"},
    {"serve.state.in-review", "In review", "Yn cael ei adolygu"},
    {"serve.state.signed-agreed", "Signed and agreed", "Wedi'i lofnodi a'i gytuno"},
    {"serve.state.signed-not-agreed", "Signed, not agreed", "Wedi'i lofnodi, heb gytuno"},

    {"serve.mail.invitation_subject", "Your self-assessment for {1}, {2}",
     "Eich hunanasesiad ar gyfer {1}, {2}"},
    {"serve.mail.invitation_body",
     "Dear {1},\n\nYou are invited to answer the partnership self-assessment of {2} for {3}. "
     "Your personal link is below: it is yours alone, so please do not pass it on. You can "
     "save your answers and come back through the same link.\n\n{4}\n\nYour answers are not "
     "seen by the other side until both sides have finished.\n",
     "Annwyl {1},\n\nFe'ch gwahoddir i ateb hunanasesiad partneriaeth {2} ar gyfer {3}. Mae "
     "eich dolen bersonol isod: chi yn unig piau hi, felly peidiwch â'i rhannu. Gallwch gadw "
     "eich atebion a dod yn ôl drwy'r un ddolen.\n\n{4}\n\nNi fydd yr ochr arall yn gweld eich "
     "atebion nes bod y ddwy ochr wedi gorffen.\n"},
    {"serve.mail.reminder_subject", "Reminder: your self-assessment for {1}, {2}",
     "Nodyn atgoffa: eich hunanasesiad ar gyfer {1}, {2}"},
    {"serve.mail.reminder_body",
     "Dear {1},\n\nThis is a reminder to answer and submit the partnership self-assessment of "
     "{2} for {3}. Here is a new personal link (your earlier one no longer works; your "
     "answers are kept):\n\n{4}\n",
     "Annwyl {1},\n\nDyma nodyn i'ch atgoffa i ateb a chyflwyno hunanasesiad partneriaeth {2} "
     "ar gyfer {3}. Dyma ddolen bersonol newydd (nid yw'r un gynharach yn gweithio mwyach; "
     "mae eich atebion wedi'u cadw):\n\n{4}\n"},
    {"serve.coord.remind", "Remind by mail", "Atgoffa drwy'r post"},
    {"serve.coord.remind_intro",
     "Sends each respondent of your side who has not submitted, and has an e-mail address, a "
     "reminder with a new link (their old link ends; their answers stay).",
     "Yn anfon nodyn atgoffa gyda dolen newydd at bob ymatebydd ar eich ochr nad yw wedi "
     "cyflwyno ac sydd â chyfeiriad e-bost (mae'r hen ddolen yn dod i ben; mae'r atebion yn "
     "aros)."},
    {"serve.coord.remind_button", "Send reminders", "Anfon nodiadau atgoffa"},
    {"serve.coord.reminded", "Reminders sent: {1}. Without an e-mail address: {2}.",
     "Nodiadau atgoffa a anfonwyd: {1}. Heb gyfeiriad e-bost: {2}."},

    // Online answering: links, sessions and errors.
    {"serve.continue.title", "Opening your page", "Yn agor eich tudalen"},
    {"serve.continue.link", "Continue", "Parhau"},
    {"serve.bad_link.title", "This link does not work", "Nid yw'r ddolen hon yn gweithio"},
    {"serve.bad_link.text",
     "It may be mistyped, ended or replaced by a newer one. Ask your coordinator for a new "
     "link.",
     "Efallai ei bod wedi'i theipio'n anghywir, wedi dod i ben neu wedi'i disodli gan un newydd. "
     "Gofynnwch i'ch cydlynydd am ddolen newydd."},
    {"serve.no_session.title", "Open your personal link", "Agorwch eich dolen bersonol"},
    {"serve.no_session.text",
     "Your session has ended or was never opened: open the personal link you were given.",
     "Mae eich sesiwn wedi dod i ben neu heb ei hagor: agorwch y ddolen bersonol a gawsoch."},
    {"serve.forged.title", "The form had expired", "Roedd y ffurflen wedi dod i ben"},
    {"serve.forged.text", "Nothing was changed. Open the page again and try once more.",
     "Ni newidiwyd dim. Agorwch y dudalen eto a rhowch gynnig arall arni."},
    {"serve.forbidden.title", "Not for your link", "Nid ar gyfer eich dolen chi"},
    {"serve.forbidden.text", "This page belongs to another role. Nothing was changed.",
     "Mae'r dudalen hon yn perthyn i rôl arall. Ni newidiwyd dim."},
    {"serve.not_found.title", "Page not found", "Heb ddod o hyd i'r dudalen"},
    {"serve.not_found.text", "Go back to your page through your personal link.",
     "Ewch yn ôl i'ch tudalen drwy eich dolen bersonol."},
    {"serve.held_off.title", "Too many attempts", "Gormod o ymdrechion"},
    {"serve.held_off.text", "Too many links that do not work came from here: wait ten minutes.",
     "Daeth gormod o ddolenni nad ydynt yn gweithio o'r fan hon: arhoswch ddeng munud."},
    {"serve.unavailable.title", "Not available just now", "Ddim ar gael ar hyn o bryd"},
    {"serve.unavailable.text", "The store could not be reached; nothing was changed. Try again.",
     "Nid oedd modd cyrraedd y storfa; ni newidiwyd dim. Rhowch gynnig arall arni."},
    // An unfinished or unsigned assessment, said on every output (docs/methodology.md).
    {"status.provisional_mark", "PROVISIONAL", "DROS DRO"},
    {"status.draft_mark", "DRAFT, NOT SIGNED", "DRAFFT, HEB EI LOFNODI"},
    {"status.provisional",
     "PROVISIONAL: {1} of the answers are in, below the {2} from which this framework counts "
     "a self-assessment as finished; every score here may still change.",
     "DROS DRO: mae {1} o'r atebion i mewn, islaw'r {2} y mae'r fframwaith hwn yn cyfrif "
     "hunanasesiad yn orffenedig ohono; gall pob sgôr yma newid o hyd."},
    {"status.draft",
     "DRAFT, NOT SIGNED: not every side has signed this self-assessment off ({1} still to "
     "sign).",
     "DRAFFT, HEB EI LOFNODI: nid yw pob ochr wedi llofnodi'r hunanasesiad hwn ({1} heb "
     "lofnodi eto)."},
    {"status.missing", "Not yet answered ({1}): {2}.", "Heb eu hateb eto ({1}): {2}."},

    // Element kinds.
    {"kind.indicator", "Indicator", "Dangosydd"},
    {"kind.behaviour", "Behaviour", "Ymddygiad"},
    {"kind.resource", "Resource", "Adnodd"},
    {"kind.process", "Process", "Proses"},
    {"measure.higher", "higher is better", "gorau po uchaf"},
    {"measure.lower", "lower is better", "gorau po isaf"},

    // The published HTML reports (maturity report, maturity sector --report).
    {"report.language_name", "English", "Cymraeg"},
    {"report.page", "Page {1} of {2}", "Tudalen {1} o {2}"},
    {"report.yes", "Yes", "Do"},
    {"report.no", "No", "Naddo"},
    {"report.heading", "{1}: social partnership self-assessment, {2}",
     "{1}: hunanasesiad partneriaeth gymdeithasol, {2}"},
    {"report.lead",
     "How {1}'s management and recognised trade unions assess their social partnership in {2}: "
     "where it stands, where it falls short of its targets, where the two sides see it "
     "differently, and what they have agreed to do.",
     "Sut y mae rheolwyr {1} a'i undebau llafur cydnabyddedig yn asesu eu partneriaeth "
     "gymdeithasol yn {2}: ble mae hi arni, ble mae hi'n brin o'i thargedau, ble mae'r ddwy "
     "ochr yn ei gweld yn wahanol, a'r hyn y maent wedi cytuno i'w wneud."},
    {"report.at_a_glance", "At a glance", "Cipolwg"},
    {"report.level_detail", "on a scale of levels up to {1}", "ar raddfa o lefelau hyd at {1}"},
    {"report.score_detail", "out of {1}: {2} of the way from the lowest level to the highest",
     "allan o {1}: {2} o'r ffordd o'r lefel isaf i'r uchaf"},
    {"report.target_detail", "completeness of the answers: {1}", "cyflawnder yr atebion: {1}"},
    {"report.change_detail", "from {1} (level {2})", "o {1} (lefel {2})"},
    {"report.sides_overall", "Each side's overall score: {1}. The sides are {2} apart.",
     "Sgôr gyffredinol pob ochr: {1}. Mae'r ochrau {2} ar wahân."},
    // The summary in words on a report's first page (engine/summary.h chooses its figures).
    {"report.summary", "In summary", "Yn gryno"},
    {"report.summary.overall", "The overall score is {1} out of {2}, against a target of {3}.",
     "Y sgôr gyffredinol yw {1} allan o {2}, o'i chymharu â tharged o {3}."},
    // Welsh mutates a noun after 2 ("dau", "dwy"): "o'r 2 ddimensiwn" (the _two keys).
    {"report.summary.none_below", "Each of the {1} dimensions meets its target.",
     "Mae pob un o'r {1} dimensiwn yn cyrraedd ei darged."},
    {"report.summary.none_below_two", "Each of the {1} dimensions meets its target.",
     "Mae pob un o'r {1} ddimensiwn yn cyrraedd ei darged."},
    {"report.summary.one_below", "1 of the {1} dimensions is below its target: {2}, by {3}.",
     "Mae 1 o'r {1} dimensiwn yn is na'i darged: {2}, o {3}."},
    {"report.summary.one_below_two", "1 of the {1} dimensions is below its target: {2}, by {3}.",
     "Mae 1 o'r {1} ddimensiwn yn is na'i darged: {2}, o {3}."},
    {"report.summary.many_below",
     "{1} of the {2} dimensions are below their targets; the widest gaps are in {3} ({4} "
     "below) and {5} ({6} below).",
     "Mae {1} o'r {2} dimensiwn yn is na'u targedau; mae'r bylchau mwyaf o ran {3} ({4} yn "
     "is) ac o ran {5} ({6} yn is)."},
    {"report.summary.all_below",
     "All {1} dimensions are below their targets; the widest gaps are in {2} ({3} below) and "
     "{4} ({5} below).",
     "Mae pob un o'r {1} dimensiwn yn is na'i darged; mae'r bylchau mwyaf o ran {2} ({3} yn is) "
     "ac o ran {4} ({5} yn is)."},
    {"report.summary.all_below_two",
     "Both of the {1} dimensions are below their targets; the gaps are in {2} ({3} below) and "
     "{4} ({5} below).",
     "Mae pob un o'r {1} ddimensiwn yn is na'i darged; mae'r bylchau o ran {2} ({3} yn is) "
     "ac o ran {4} ({5} yn is)."},
    {"report.summary.sides",
     "The two sides' overall scores are {1} apart; the lower is that of the {2} ({3}, against "
     "{4}).",
     "Mae sgoriau cyffredinol y ddwy ochr {1} ar wahân; yr isaf yw sgôr {2} ({3}, o'i chymharu "
     "â {4})."},
    {"report.summary.sides_level", "The two sides give the same overall score, {1}.",
     "Mae'r ddwy ochr yn rhoi'r un sgôr gyffredinol, {1}."},
    {"report.summary.risen", "Since {1} the overall score has risen by {2}, from {3}.",
     "Ers {1} mae'r sgôr gyffredinol wedi codi {2}, o {3}."},
    {"report.summary.fallen", "Since {1} the overall score has fallen by {2}, from {3}.",
     "Ers {1} mae'r sgôr gyffredinol wedi gostwng {2}, o {3}."},
    {"report.summary.unchanged", "The overall score is unchanged since {1}, at {2}.",
     "Nid yw'r sgôr gyffredinol wedi newid ers {1}: {2} yw hi o hyd."},
    {"report.summary.no_actions", "No agreed actions are recorded.",
     "Nid oes camau gweithredu a gytunwyd wedi'u cofnodi."},
    {"report.summary.none_open", "Every agreed action is done or dropped.",
     "Mae pob cam gweithredu a gytunwyd wedi'i gwblhau neu wedi'i ollwng."},
    {"report.summary.open", "Agreed actions still open: {1} of {2}.",
     "Camau gweithredu a gytunwyd sy'n dal ar agor: {1} o {2}."},
    {"report.summary.none_overdue",
     "Agreed actions still open: {1} of {2}, none of them overdue at {3}.",
     "Camau gweithredu a gytunwyd sy'n dal ar agor: {1} o {2}, a dim un ohonynt yn hwyr ar {3}."},
    {"report.summary.overdue",
     "Agreed actions still open: {1} of {2}, of which {3} overdue at {4}.",
     "Camau gweithredu a gytunwyd sy'n dal ar agor: {1} o {2}, gyda {3} ohonynt yn hwyr ar {4}."},
    {"report.sector.summary.scores",
     "Institutions included for {2}: {1}. Their median overall score is {3}, with the middle "
     "half from {4} to {5}.",
     "Sefydliadau a gynhwyswyd ar gyfer {2}: {1}. Eu sgôr gyffredinol ganolrifol yw {3}, "
     "gyda'r hanner canol o {4} i {5}."},
    {"report.sector.summary.risen",
     "Among the institutions in both {2} and {3} ({1} of them), the median overall score rose "
     "by {4}.",
     "Ymhlith y sefydliadau a oedd yn {2} ac yn {3} ({1} ohonynt), cododd y sgôr gyffredinol "
     "ganolrifol {4}."},
    {"report.sector.summary.fallen",
     "Among the institutions in both {2} and {3} ({1} of them), the median overall score fell "
     "by {4}.",
     "Ymhlith y sefydliadau a oedd yn {2} ac yn {3} ({1} ohonynt), gostyngodd y sgôr "
     "gyffredinol ganolrifol {4}."},
    {"report.sector.summary.unchanged",
     "Among the institutions in both {2} and {3} ({1} of them), the median overall score did "
     "not change.",
     "Ymhlith y sefydliadau a oedd yn {2} ac yn {3} ({1} ohonynt), ni newidiodd y sgôr "
     "gyffredinol ganolrifol."},
    {"report.sector.summary.agreed", "Both sides agreed {1} of the {2} self-assessments.",
     "Cytunodd y ddwy ochr ar {1} o'r {2} hunanasesiad."},
    {"report.sector.summary.lowest", "The lowest median of a dimension is in {1}, at {2}.",
     "Mae'r canolrif isaf ymhlith y dimensiynau o ran {1}: {2}."},
    // "About these figures", at the end of each report.
    {"report.about", "About these figures", "Am y ffigurau hyn"},
    {"report.about.source", "Source", "Ffynhonnell"},
    {"report.about.source_text",
     "The self-assessment of {1} for {2}, against the {3}, version {4}.",
     "Hunanasesiad {1} ar gyfer {2}, yn erbyn {3}, fersiwn {4}."},
    {"report.about.coverage", "Coverage and response", "Cwmpas ac ymateb"},
    {"report.about.coverage_text", "Respondents: {1} ({2}). Completeness of the answers: {3}.",
     "Ymatebwyr: {1} ({2}). Cyflawnder yr atebion: {3}."},
    {"report.about.self_assessed", "Self-assessed", "Hunanaseswyd"},
    {"report.about.self_assessed_text",
     "These are the institution's own ratings, given by its management and trade union "
     "respondents; they have not been verified by an inspector or a regulator.",
     "Graddau'r sefydliad ei hun yw'r rhain, a roddwyd gan ymatebwyr y rheolwyr a'r undebau "
     "llafur; nid ydynt wedi'u gwirio gan arolygydd na rheoleiddiwr."},
    {"report.about.date", "Date", "Dyddiad"},
    {"report.about.date_text", "Figures for {1}, as at {2}.", "Ffigurau ar gyfer {1}, fel ar {2}."},
    {"report.about.date_period", "Figures for {1}.", "Ffigurau ar gyfer {1}."},
    {"report.about.language", "Welsh and English", "Cymraeg a Saesneg"},
    {"report.about.language_text", "This report is also published in Welsh.",
     "Cyhoeddir yr adroddiad hwn yn Saesneg hefyd."},
    {"report.sector.about.source_text",
     "The self-assessments institutions made against the {1}, version {2}: {3}.",
     "Yr hunanasesiadau a wnaeth sefydliadau yn erbyn {1}, fersiwn {2}: {3}."},
    {"report.sector.assessments_periods", "{1} self-assessments over {2} periods",
     "{1} hunanasesiad dros {2} o gyfnodau"},
    {"report.sector.assessments_period", "{1} self-assessments in one period",
     "{1} hunanasesiad mewn un cyfnod"},
    {"report.sector.about.coverage_text",
     "{1} institutions in {2}; {3} of them agreed by both sides. Mean completeness of the "
     "answers: {4}.",
     "{1} o sefydliadau yn {2}; cytunodd y ddwy ochr ar {3} ohonynt. Cyflawnder cymedrig yr "
     "atebion: {4}."},
    {"report.sector.about.self_assessed_text",
     "Each institution's figures are its own ratings, given by its management and trade union "
     "respondents; they have not been verified by an inspector or a regulator.",
     "Graddau a roddodd ymatebwyr pob sefydliad ei hun, o blith y rheolwyr a'r undebau "
     "llafur, yw ffigurau'r sefydliad; nid ydynt wedi'u gwirio gan arolygydd na "
     "rheoleiddiwr."},
    {"report.dimensions_intro",
     "Each dimension's score runs from {1} to {2}. The chart compares this period with the "
     "target; the table below gives every number it shows.",
     "Mae sgôr pob dimensiwn yn amrywio o {1} i {2}. Mae'r siart yn cymharu'r cyfnod hwn â'r "
     "targed; mae'r tabl isod yn rhoi pob rhif y mae'n ei ddangos."},
    {"report.chart.radar", "Maturity by dimension: this period against target",
     "Aeddfedrwydd fesul dimensiwn: y cyfnod hwn yn erbyn y targed"},
    {"report.chart.middle_half", "Middle half (Q1 to Q3)", "Yr hanner canol (Ch1 i Ch3)"},
    {"report.chart.range", "Lowest to highest", "O'r isaf i'r uchaf"},
    {"report.dimensions_table", "Scores by dimension", "Sgoriau fesul dimensiwn"},
    {"report.dimension_sides_table", "Each side's score by dimension",
     "Sgôr pob ochr fesul dimensiwn"},
    {"report.gaps", "The highest priorities and the next steps",
     "Y blaenoriaethau uchaf a'r camau nesaf"},
    {"report.gaps_intro",
     "The elements furthest below their target, most important first (priority = gap x "
     "weight). The next step is the framework's advice for the level reached.",
     "Yr elfennau sydd bellaf islaw eu targed, y pwysicaf yn gyntaf (blaenoriaeth = bwlch x "
     "pwysiad). Y cam nesaf yw cyngor y fframwaith ar gyfer y lefel a gyrhaeddwyd."},
    {"report.gaps_table", "The {1} highest priorities of {2}", "Y {1} blaenoriaeth uchaf o {2}"},
    {"report.gaps_table_two", "The {1} highest priorities of {2}",
     "Y {1} flaenoriaeth uchaf o {2}"},
    {"report.gaps_table_tied",
     "The {1} highest priorities of {2}, and the elements tied with the last of them: {3} "
     "shown",
     "Y {1} blaenoriaeth uchaf o {2}, a'r elfennau sy'n gyfartal â'r olaf ohonynt: dangosir "
     "{3}"},
    {"report.column.next_step", "Next step", "Y cam nesaf"},
    {"report.perceptions", "Where the two sides see things differently",
     "Lle mae'r ddwy ochr yn gweld pethau'n wahanol"},
    {"report.perceptions_intro",
     "Elements where the sides' scores are {1} or more apart, widest first: the places to talk "
     "through together.",
     "Elfennau lle mae sgoriau'r ochrau {1} neu fwy ar wahân, y bwlch ehangaf yn gyntaf: y "
     "mannau i'w trafod gyda'i gilydd."},
    {"report.perceptions_none", "No element has the sides' scores {1} or more apart.",
     "Nid oes unrhyw elfen lle mae sgoriau'r ochrau {1} neu fwy ar wahân."},
    {"report.perceptions_table", "Elements with a perception gap ({1})",
     "Elfennau â bwlch canfyddiad ({1})"},
    {"report.actions_table", "Every agreed action and its status",
     "Pob cam gweithredu a gytunwyd a'i statws"},
    {"report.sign_off", "Sign-off and agreement", "Llofnodi a chytundeb"},
    {"report.sign_off_table", "Who signed off, and whether they agree",
     "Pwy a lofnododd, ac a ydynt yn cytuno"},
    {"report.column.side", "Side", "Ochr"},
    {"report.column.name", "Name", "Enw"},
    {"report.column.date", "Date", "Dyddiad"},
    {"report.column.agrees", "Agrees", "Yn cytuno"},
    {"report.agrees_yes", "Yes", "Ydy"},
    {"report.agrees_no", "No: statement under At a glance",
     "Nac ydy: gweler y datganiad o dan Cipolwg"},
    {"report.agreed_disagree_above",
     "No: {1} does not agree; its statement is given in full under At a glance.",
     "Naddo: nid yw {1} yn cytuno; rhoddir y datganiad yn llawn o dan Cipolwg."},
    {"report.method", "About the method", "Am y dull"},
    {"report.method_more",
     "Numbers are rounded as shown. The Excel scorecard lists every element and every answer.",
     "Mae'r rhifau wedi'u talgrynnu fel y'u dangosir. Mae'r cerdyn sgorio Excel yn rhestru pob "
     "elfen a phob ateb."},
    {"report.sector.heading", "Social partnership across the sector, {1}",
     "Partneriaeth gymdeithasol ar draws y sector, {1}"},
    {"report.sector.lead",
     "How {1} institutions assessed their social partnership in {2}: the spread of their "
     "scores, groups of similar institutions, the change over time, agreement between the "
     "sides, and where the sector most needs support.",
     "Sut yr aseswyd partneriaeth gymdeithasol gan {1} o sefydliadau yn {2}: gwasgariad eu "
     "sgoriau, grwpiau o sefydliadau tebyg, y newid dros amser, cytundeb rhwng yr ochrau, a "
     "ble mae angen cymorth fwyaf ar y sector."},
    {"report.sector.left_out", "{1} files could not be read and are left out of these figures.",
     "Nid oedd modd darllen {1} ffeil; nid ydynt yn y ffigurau hyn."},
    {"report.sector.left_out_one", "1 file could not be read and is left out of these figures.",
     "Nid oedd modd darllen 1 ffeil; nid yw yn y ffigurau hyn."},
    {"report.sector.anonymised",
     "Institutions appear only as codes (INST-…): no institution's name or id is published.",
     "Dim ond fel codau (INST-…) y mae sefydliadau'n ymddangos: ni chyhoeddir enw na "
     "dynodydd unrhyw sefydliad."},
    {"report.sector.median_overall", "Median overall score", "Sgôr gyffredinol ganolrifol"},
    {"report.sector.middle_half", "middle half {1} to {2}", "hanner canol {1} i {2}"},
    {"report.sector.agreed_detail", "of {1} self-assessments agreed by both sides",
     "o {1} hunanasesiad y cytunwyd arnynt gan y ddwy ochr"},
    {"report.sector.distribution", "The spread of scores", "Gwasgariad y sgoriau"},
    {"report.sector.distribution_intro",
     "Each box holds the middle half of the institutions' scores in {1}; the thick line is the "
     "median, the diamond the mean, and the whiskers reach the lowest and highest.",
     "Mae pob blwch yn dal hanner canol sgoriau'r sefydliadau yn {1}; y llinell drwchus yw'r "
     "canolrif, y diemwnt yw'r cymedr, ac mae'r wisgeri'n cyrraedd yr isaf a'r uchaf."},
    {"report.sector.chart.box", "Scores across the sector by dimension, {1}",
     "Sgoriau ar draws y sector fesul dimensiwn, {1}"},
    {"report.sector.distribution_table", "The spread of scores by dimension, {1}",
     "Gwasgariad y sgoriau fesul dimensiwn, {1}"},
    {"report.sector.chart.groups", "{1}: overall score by group",
     "{1}: sgôr gyffredinol fesul grŵp"},
    {"report.sector.groups_table", "{1}: the spread of overall scores by group",
     "{1}: gwasgariad y sgoriau cyffredinol fesul grŵp"},
    {"report.sector.suppressed", "Not published: fewer than {1} institutions",
     "Heb ei gyhoeddi: llai na {1} o sefydliadau"},
    {"report.sector.trends", "Change over time", "Newid dros amser"},
    {"report.sector.one_period", "Only one period, {1}, is in the inputs: no change to show yet.",
     "Dim ond un cyfnod, {1}, sydd yn y mewnbynnau: dim newid i'w ddangos eto."},
    {"report.sector.chart.trend", "Overall score across the sector by period",
     "Sgôr gyffredinol ar draws y sector fesul cyfnod"},
    {"report.sector.trends_table", "Overall score by period", "Sgôr gyffredinol fesul cyfnod"},
    {"report.sector.column.matched", "Institutions in both periods",
     "Sefydliadau yn y ddau gyfnod"},
    {"report.sector.agreement", "Agreement between the sides", "Cytundeb rhwng yr ochrau"},
    {"report.sector.agreement_intro",
     "How many self-assessments each period were signed off and agreed by every side, signed "
     "with a statement of disagreement, or not signed by every side.",
     "Faint o hunanasesiadau bob cyfnod a lofnodwyd ac y cytunwyd arnynt gan bob ochr, a "
     "lofnodwyd gyda datganiad o anghytundeb, neu na lofnodwyd gan bob ochr."},
    {"report.sector.agreed", "Agreed", "Cytunwyd"},
    {"report.sector.not_agreed", "Not agreed (with a statement)", "Heb gytuno (gyda datganiad)"},
    {"report.sector.not_signed", "Not signed by every side", "Heb ei lofnodi gan bob ochr"},
    {"report.sector.chart.agreement", "Self-assessments by agreement, per period",
     "Hunanasesiadau yn ôl cytundeb, fesul cyfnod"},
    {"report.sector.agreement_table", "Agreement by period", "Cytundeb fesul cyfnod"},
    {"report.sector.elements", "Where the sector most needs support",
     "Ble mae angen cymorth fwyaf ar y sector"},
    {"report.sector.elements_table", "The {1} weakest elements of {2}", "Y {1} elfen wannaf o {2}"},
    {"report.sector.perceptions_table", "Each side's median view by dimension",
     "Barn ganolrifol pob ochr fesul dimensiwn"},
    {"report.sector.institutions", "Institutions, {1}", "Sefydliadau, {1}"},
    {"report.sector.institutions_table", "Each institution's overall result",
     "Canlyniad cyffredinol pob sefydliad"},
    {"report.sector.method_scores",
     "Each institution is scored exactly as its own report scores it: each side counts equally, "
     "dimensions are weighted means of their elements, the overall score a weighted mean of the "
     "dimensions.",
     "Sgorir pob sefydliad yn union fel y mae ei adroddiad ei hun yn ei sgorio: mae pob ochr yn "
     "cyfrif yn gyfartal, mae dimensiynau'n gymedrau wedi'u pwysoli o'u helfennau, a'r sgôr "
     "gyffredinol yn gymedr wedi'i bwysoli o'r dimensiynau."},
    {"report.sector.method_more",
     "Numbers are rounded as shown; the sector workbook gives them in full.",
     "Mae'r rhifau wedi'u talgrynnu fel y'u dangosir; mae llyfr gwaith y sector yn eu rhoi'n "
     "llawn."},

    // The questionnaire workbook (maturity template --format xlsx).
    {"questionnaire.title", "{1}: self-assessment questionnaire", "{1}: holiadur hunanasesu"},
    {"questionnaire.version", "{1}, version {2}", "{1}, fersiwn {2}"},
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
     "golofn ei hun, fel y gellir sgorio barn y ddwy ochr ar wahân ac ar y cyd."},
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
     "3. Ar bob taflen ddimensiwn, mae pob ymatebydd yn ateb yn ei golofn ei hun: lefel o'r "
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
     "7. Save the workbook (as .xlsx) and return it to the coordinator who sent it to you.",
     "7. Cadwch y llyfr gwaith (fel .xlsx) a'i ddychwelyd at y cydlynydd a'i anfonodd atoch."},
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
    {"questionnaire.applies", "Does not apply?", "Amherthnasol?"},
    {"questionnaire.practices", "Practices in place: Yes or No for each",
     "Arferion sydd ar waith: Ie neu Na ar gyfer pob un"},
    {"questionnaire.evidence", "Evidence (one item per line)",
     "Tystiolaeth (un eitem i bob llinell)"},
    {"questionnaire.notes", "Notes (the reason, if it does not apply)",
     "Nodiadau (y rheswm, os nad yw'n berthnasol)"},
    {"questionnaire.only_where", "Only where {1}.", "Dim ond lle {1}."},
    {"questionnaire.not_applicable", "Not applicable", "Amherthnasol"},
    {"questionnaire.yes", "Yes", "Ie"},
    {"questionnaire.last_period", "Last period ({1}): to review, not to copy",
     "Y cyfnod diwethaf ({1}): i'w adolygu, nid i'w gopïo"},
    {"questionnaire.last_period_more", "... and {1} more", "... mae {1} arall"},
    {"questionnaire.sheet.actions", "Agreed actions", "Camau a gytunwyd"},
    {"questionnaire.actions_hint",
     "Optional: the actions both sides agreed, one a row: the element (from the list), the "
     "action, who owns it, when it is due and where it stands.",
     "Dewisol: y camau gweithredu a gytunwyd gan y ddwy ochr, un ym mhob rhes: yr elfen (o'r "
     "rhestr), y cam, pwy sy'n berchen arno, erbyn pryd a ble mae arni."},
    {"questionnaire.actions_carried",
     "Actions still open last period are listed already: bring each status up to date.",
     "Rhestrir eisoes y camau a oedd ar agor y cyfnod diwethaf: diweddarwch statws pob un."},
    {"questionnaire.note", "Note", "Nodyn"},
    {"questionnaire.agrees", "Agrees?", "Yn cytuno?"},
    {"questionnaire.statement", "If not, the side's statement of why",
     "Os nad yw, datganiad yr ochr yn egluro pam"},
    {"questionnaire.no", "No", "Na"},
    {"questionnaire.sign_off_hint",
     "Optional: when the assessment is settled, each side's signatory gives their name and "
     "the date. A side that does not agree chooses No and says why: the statement is shown "
     "in full wherever the assessment is reported.",
     "Dewisol: pan fydd yr asesiad wedi'i gwblhau, mae llofnodwr pob ochr yn rhoi ei enw a'r "
     "dyddiad. Mae ochr nad yw'n cytuno yn dewis Na ac yn egluro pam: dangosir y datganiad "
     "yn llawn lle bynnag yr adroddir ar yr asesiad."},
    {"survey.map.title",
     "Survey mapping for {1} {2}.\nUse: maturity import SURVEY.csv --map THIS-FILE -o "
     "RESPONSE.yaml\nChange each column name to the header your survey tool exports, fill in "
     "the\ninstitution, and list under ignore: every other column (timestamps, e-mail).",
     "Mapio arolwg ar gyfer {1} {2}.\nDefnydd: maturity import SURVEY.csv --map Y-FFEIL-HON -o "
     "RESPONSE.yaml\nNewidiwch enw pob colofn i'r pennawd y mae eich offeryn arolwg yn ei "
     "allforio, llenwch\nfanylion y sefydliad, a rhestrwch dan ignore: bob colofn arall "
     "(stampiau amser, e-bost)."},
    {"survey.map.respondent_id", "or delete: respondents are then row-2, row-3, ...",
     "neu dilëwch: yr ymatebwyr wedyn yw row-2, row-3, ..."},
    {"survey.map.perspectives", "answer text in that column -> perspective",
     "testun yr ateb yn y golofn honno -> safbwynt"},
    {"survey.map.levels", "answer text -> level, for every question answered on the scale",
     "testun yr ateb -> lefel, ar gyfer pob cwestiwn a atebir ar y raddfa"},
    {"survey.map.ignore",
     "columns not to import, e.g. [\"Start time\", \"Completion time\", \"Email\"]",
     "colofnau i beidio â'u mewnforio, e.e. [\"Amser dechrau\", \"Amser gorffen\", \"E-bost\"]"},
    {"survey.map.number", "a number: {1}", "rhif: {1}"},
    {"survey.comments", "comments", "sylwadau"},
    {"survey.respondent_id", "Respondent ID", "Dynodydd yr ymatebydd"},
    {"questionnaire.validation.number", "Give a number.", "Rhowch rif."},
    {"questionnaire.validation.range", "Give a number from {1} to {2}.",
     "Rhowch rif rhwng {1} a {2}."},
    {"questionnaire.validation.at_least", "Give a number of {1} or more.",
     "Rhowch rif o {1} neu fwy."},
    {"questionnaire.validation.at_most", "Give a number of {1} or less.",
     "Rhowch rif o {1} neu lai."},
    {"questionnaire.validation.whole", "Give a whole number.", "Rhowch rif cyfan."},
    {"questionnaire.validation.list", "Choose from the list.", "Dewiswch o'r rhestr."},
    {"questionnaire.validation.date", "Give a date.", "Rhowch ddyddiad."},

    // Names of tables and defined names (Excel identifiers: letters, digits, '_').
    {"table.dimensions", "Dimensions", "Dimensiynau"},
    {"table.element_scores", "ElementScores", "SgoriauElfennau"},
    {"table.action_plan", "ActionPlan", "CynllunGweithredu"},
    {"table.agreed_actions", "AgreedActions", "CamauCytun"},
    {"table.progress", "Progress", "Cynnydd"},
    {"table.moderation", "Moderation", "Cymedroli"},
    {"table.dimension_perspectives", "DimensionPerspectives", "SafbwyntiauDimensiynau"},
    {"table.element_perspectives", "ElementPerspectives", "SafbwyntiauElfennau"},
    {"table.heatmap", "Heatmap", "MapGwres"},
    {"table.distribution", "Distribution", "Dosbarthiad"},
    {"table.peer_groups", "PeerGroups", "GrwpiauCymheiriaid"},
    {"table.sector_elements", "SectorElements", "ElfennauSector"},
    {"table.perceptions", "Perceptions", "Canfyddiadau"},
    {"table.sector_trend", "SectorTrend", "TueddSector"},
    {"table.institution_trends", "InstitutionTrends", "TueddiadauSefydliadau"},
    {"name.overall_score", "OverallScore", "SgorGyffredinol"},

    // Words joined into lists.
    {"word.or", "or", "neu"},
    {"word.and", "and", "a"},
    // "and" before a word that begins with a vowel: Welsh "ac" (Messages::List).
    {"word.and_before_vowel", "and", "ac"},
    {"cli.wrote", "wrote {1}", "ysgrifennwyd {1}"},
    {"condition.is", "{1} is {2}", "mae {1} yn {2}"},
    {"condition.or", "or", "neu'n"},
    {"condition.is_choice", "{1} is {2}", "mai {2} yw'r {1}"},
    {"condition.or_choice", "or", "neu"},
    {"condition.and", "and", "ac"},

    // Column headings shared by the scorecard and sector workbooks.
    {"column.dimension", "Dimension", "Dimensiwn"},
    {"column.element", "Element", "Elfen"},
    {"column.title", "Title", "Teitl"},
    {"column.kind", "Kind", "Math"},
    {"column.weight", "Weight", "Pwysiad"},
    {"column.score", "Score", "Sgôr"},
    {"column.level", "Level", "Lefel"},
    {"column.target", "Target", "Targed"},
    {"column.gap", "Gap", "Bwlch"},
    {"column.completeness", "Completeness", "Cyflawnder"},
    {"column.divergence", "Divergence", "Gwahaniaeth"},
    {"column.priority", "Priority", "Blaenoriaeth"},
    {"column.flags", "Flags", "Baneri"},
    {"column.answers", "Answers", "Atebion"},
    {"column.evidence", "Evidence", "Tystiolaeth"},
    {"column.notes", "Notes", "Nodiadau"},
    {"column.rank", "#", "#"},
    {"column.actions", "Suggested actions", "Camau gweithredu a awgrymir"},
    {"column.owner", "Owner", "Perchennog"},
    {"column.due_date", "Due date", "Dyddiad targed"},
    {"column.status", "Status", "Statws"},
    {"column.overdue", "Overdue?", "Yn hwyr?"},
    {"column.change", "Change since last period", "Newid ers y cyfnod diwethaf"},
    {"column.change_short", "Change", "Newid"},
    {"column.this_period", "This period", "Y cyfnod hwn"},
    {"column.dimension_or_element", "Dimension or element", "Dimensiwn neu elfen"},
    {"column.side_change", "Change: {1}", "Newid: {1}"},
    {"column.gap_before", "Gap between sides, last period",
     "Bwlch rhwng yr ochrau, y cyfnod diwethaf"},
    {"column.gap_now", "Gap between sides, now", "Bwlch rhwng yr ochrau, nawr"},
    {"column.gap_narrowed", "Gap narrowed?", "Bwlch wedi culhau?"},
    {"column.previous", "Last period", "Y cyfnod diwethaf"},
    {"column.agreed_action", "Action agreed", "Cam gweithredu a gytunwyd"},
    {"column.joint_level", "Level (joint)", "Lefel (ar y cyd)"},
    {"column.rates_higher", "Who rates it higher", "Pwy sy'n ei raddio'n uwch"},
    {"column.sector_median", "Sector median", "Canolrif y sector"},
    {"column.sector_q1", "Sector Q1", "Ch1 y sector"},
    {"column.sector_q3", "Sector Q3", "Ch3 y sector"},
    {"column.percentile", "Percentile", "Canradd"},

    // Flags on an element (the JSON result keeps the English names).
    {"flag.perception-gap", "perception-gap", "bwlch-canfyddiad"},
    {"flag.unevidenced", "unevidenced", "heb-dystiolaeth"},
    {"flag.incomplete", "incomplete", "anghyflawn"},
    {"flag.not-applicable", "not-applicable", "amherthnasol"},
    {"flag.excluded_by_profile", "does not apply to this profile",
     "nid yw'n berthnasol i'r proffil hwn"},

    // Action statuses (a drop-down list on the action plan).
    {"status.planned", "Planned", "Wedi'i gynllunio"},
    {"status.in_progress", "In progress", "Ar y gweill"},
    {"status.done", "Done", "Wedi'i gwblhau"},
    {"status.dropped", "Dropped", "Wedi'i hepgor"},

    // The scorecard workbook (maturity score -o).
    {"scorecard.document_title", "Partnership maturity scorecard: {1}, {2}",
     "Cerdyn sgorio aeddfedrwydd partneriaeth: {1}, {2}"},
    {"scorecard.document_comments", "Written by maturity; every number equals the JSON result.",
     "Ysgrifennwyd gan maturity; mae pob rhif yn hafal i'r canlyniad JSON."},
    {"scorecard.sheet.summary", "Summary", "Crynodeb"},
    {"scorecard.sheet.elements", "Elements", "Elfennau"},
    {"scorecard.sheet.action_plan", "Action plan", "Cynllun gweithredu"},
    {"scorecard.sheet.perspectives", "Perspectives", "Safbwyntiau"},
    {"scorecard.sheet.method", "Method", "Dull"},
    {"scorecard.sheet.progress", "Progress", "Cynnydd"},
    {"scorecard.progress.title", "Progress from {1} to {2}", "Cynnydd o {1} i {2}"},
    {"scorecard.progress.key",
     "Last period ({1}) scored with the {2}, version {3}; change is this period minus last. A "
     "narrowed gap: "
     "the two sides are closer than they were.",
     "Sgoriwyd y cyfnod diwethaf ({1}) gyda {2}, fersiwn {3}; y newid yw'r cyfnod hwn llai'r un "
     "diwethaf. Bwlch sydd wedi culhau: mae'r ddwy ochr yn nes at ei gilydd nag yr oeddent."},
    {"scorecard.progress.dropped", "Elements no longer in the framework: {1}.",
     "Elfennau nad ydynt yn y fframwaith mwyach: {1}."},
    {"scorecard.progress.narrowed", "Narrowed", "Wedi culhau"},
    {"scorecard.progress.not_narrowed", "No", "Heb gulhau"},
    {"scorecard.change_since", "Change since {1}", "Newid ers {1}"},
    {"scorecard.change_text", "{1} (from {2}, level {3}; see {4})",
     "{1} (o {2}, lefel {3}; gweler {4})"},
    {"scorecard.chart.last_period", "Last period ({1})", "Y cyfnod diwethaf ({1})"},
    {"scorecard.title", "Partnership maturity scorecard",
     "Cerdyn sgorio aeddfedrwydd partneriaeth"},
    {"scorecard.subtitle",
     "One workbook for leadership and the trade union side to read together. Every number is "
     "explained on the {1} sheet.",
     "Un llyfr gwaith i'r arweinwyr ac ochr yr undebau llafur ei ddarllen gyda'i gilydd. "
     "Esbonnir pob rhif ar y daflen {1}."},
    {"scorecard.institution", "Institution", "Sefydliad"},
    {"scorecard.profile", "Profile", "Proffil"},
    {"scorecard.period", "Period", "Cyfnod"},
    {"scorecard.framework", "Framework", "Fframwaith"},
    {"scorecard.framework_version", "{1}, version {2}", "{1}, fersiwn {2}"},
    {"scorecard.jointly_agreed", "Jointly agreed", "Cytunwyd ar y cyd"},
    {"scorecard.agreed_yes", "Yes: signed off by every perspective",
     "Do: wedi'i lofnodi gan bob safbwynt"},
    {"scorecard.agreed_no", "No: not signed off by {1}", "Naddo; heb lofnodi eto: {1}"},
    {"scorecard.signed_off", "Signed off ({1})", "Llofnodwyd ({1})"},
    {"scorecard.agreed.title", "Actions agreed by both sides",
     "Camau gweithredu a gytunwyd gan y ddwy ochr"},
    {"scorecard.agreed.key",
     "From the response. Overdue: planned or in progress with a due date before {1}, the "
     "date the assessment is judged at (its latest sign-off unless another is given).",
     "O'r ymateb. Yn hwyr: wedi'i gynllunio neu ar y gweill, gyda dyddiad targed cyn {1}, y "
     "dyddiad y bernir yr asesiad arno (y llofnod diweddaraf oni roddir dyddiad arall)."},
    {"scorecard.agreed.key_no_date",
     "From the response. Whether an action is overdue needs a date to judge it at, such as "
     "a sign-off's: none is given yet.",
     "O'r ymateb. Mae angen dyddiad i farnu a yw cam gweithredu yn hwyr, fel dyddiad "
     "llofnod: nid oes un wedi'i roi eto."},
    {"scorecard.agreed.overdue", "Overdue", "Yn hwyr"},
    {"scorecard.agreed.on_time", "No", "Nac ydy"},
    {"scorecard.agreed.note", "Note: {1}", "Nodyn: {1}"},
    {"scorecard.agreed.none",
     "No agreed actions are recorded in the response (see actions: in docs/formats.md).",
     "Nid oes camau gweithredu a gytunwyd wedi'u cofnodi yn yr ymateb (gweler actions: yn "
     "docs/formats.md)."},
    {"scorecard.agreed_disagree", "No: {1} does not agree (statement below)",
     "Naddo; heb gytuno: {1} (gweler y datganiad isod)"},
    {"scorecard.signed_not_agreed", "{1}, {2}: does not agree", "{1}, {2}: nid yw'n cytuno"},
    {"scorecard.statement", "Statement ({1})", "Datganiad ({1})"},
    {"scorecard.respondents", "Respondents", "Ymatebwyr"},
    {"scorecard.overall", "Overall", "Cyffredinol"},
    {"scorecard.overall_score", "Overall score", "Sgôr gyffredinol"},
    {"scorecard.out_of", "of {1}", "allan o {1}"},
    {"scorecard.level_reached", "Level reached", "Lefel a gyrhaeddwyd"},
    {"scorecard.percent", "Percent of the way up the scale", "Canran o'r ffordd i fyny'r raddfa"},
    {"scorecard.target", "Target", "Targed"},
    {"scorecard.completeness", "Completeness", "Cyflawnder"},
    {"scorecard.divergence_between", "Divergence between perspectives",
     "Gwahaniaeth rhwng safbwyntiau"},
    {"scorecard.benchmark", "Sector benchmark ({1}, {2} institutions)",
     "Meincnod y sector ({1}, {2} o sefydliadau)"},
    {"scorecard.sector_median", "Sector median", "Canolrif y sector"},
    {"scorecard.sector_middle_half", "Sector middle half (Q1 to Q3)",
     "Hanner canol y sector (Ch1 i Ch3)"},
    {"scorecard.range", "{1} to {2}", "{1} i {2}"},
    {"scorecard.sector_percentile", "Percentile in the sector", "Canradd yn y sector"},
    {"scorecard.dimensions", "Dimensions", "Dimensiynau"},
    {"scorecard.chart.radar", "Maturity by dimension: current against target",
     "Aeddfedrwydd fesul dimensiwn: y presennol yn erbyn y targed"},
    {"scorecard.chart.radar_sector", "Maturity by dimension: current, target and sector",
     "Aeddfedrwydd fesul dimensiwn: y presennol, y targed a'r sector"},
    {"scorecard.answer_not_applicable", "n/a ({1})", "amh. ({1})"},
    {"scorecard.not_applicable", "n/a", "amh."},
    {"scorecard.no_evidence", "no evidence given", "dim tystiolaeth wedi'i rhoi"},
    {"scorecard.elements.title", "Elements: every element, its perspectives, score, target and gap",
     "Elfennau: pob elfen, ei safbwyntiau, ei sgôr, ei tharged a'i bwlch"},
    {"scorecard.elements.key",
     "Orange: below target (darker: a gap of 1 level or more). Purple: the perspectives are {1} "
     "or more apart. A dash: no score.",
     "Oren: islaw'r targed (tywyllach: bwlch o 1 lefel neu fwy). Porffor: mae'r safbwyntiau {1} "
     "neu fwy ar wahân. Llinell doriad: dim sgôr."},
    {"scorecard.plan.title", "Action plan: gaps in order of priority",
     "Cynllun gweithredu: bylchau yn nhrefn blaenoriaeth"},
    {"scorecard.plan.key",
     "Priority = gap x element weight x dimension weight. Suggested actions come from the "
     "framework for the level now reached. Owner, due date and status are yours to fill in "
     "together.",
     "Blaenoriaeth = bwlch x pwysiad yr elfen x pwysiad y dimensiwn. Daw'r camau a awgrymir o'r "
     "fframwaith ar gyfer y lefel a gyrhaeddwyd. Chi sy'n llenwi colofnau'r Perchennog, y Dyddiad "
     "targed a'r Statws gyda'ch gilydd."},
    {"scorecard.plan.no_action", "(the framework suggests no action for this level)",
     "(nid yw'r fframwaith yn awgrymu cam ar gyfer y lefel hon)"},
    {"scorecard.plan.no_gaps", "No gaps: every scored element meets its target.",
     "Dim bylchau: mae pob elfen a sgoriwyd yn cyrraedd ei tharged."},
    {"scorecard.plan.nothing_scored", "No element was scored, so there are no gaps to show.",
     "Ni sgoriwyd unrhyw elfen, felly nid oes bylchau i'w dangos."},
    {"scorecard.plan.date_hint", "A date such as 2026-03-31", "Dyddiad fel 2026-03-31"},
    {"scorecard.perspectives.title", "Perspectives: where management and trade union views differ",
     "Safbwyntiau: lle mae barn y rheolwyr a'r undebau llafur yn wahanol"},
    {"scorecard.perspectives.key",
     "Each perspective's score is the mean of its own respondents; divergence is the highest "
     "minus the lowest. Largest first. Purple: {1} or more apart.",
     "Sgôr pob safbwynt yw cymedr ei ymatebwyr ei hun; y gwahaniaeth yw'r uchaf llai'r isaf. "
     "Y mwyaf yn gyntaf. Porffor: {1} neu fwy ar wahân."},
    {"scorecard.perspectives.by_dimension", "By dimension", "Fesul dimensiwn"},
    {"scorecard.perspectives.by_element", "By element", "Fesul elfen"},
    {"scorecard.perspectives.agreed", "same score", "yr un sgôr"},
    {"scorecard.perspectives.none", "No element was answered from more than one perspective.",
     "Ni atebwyd unrhyw elfen o fwy nag un safbwynt."},
    {"scorecard.chart.perspectives", "Each perspective's view, by dimension",
     "Barn pob safbwynt, fesul dimensiwn"},

    // The Method sheet of the scorecard.
    {"method.title", "Method: how every number was computed", "Dull: sut y cyfrifwyd pob rhif"},
    {"method.scale", "Scale", "Graddfa"},
    {"method.scale_text",
     "{1}. Scores run from {2} to {3}; percent = (score - {2}) / ({3} - {2}) x 100.",
     "{1}. Mae'r sgoriau'n amrywio o {2} i {3}; canran = (sgôr - {2}) / ({3} - {2}) x 100."},
    {"method.respondent_level", "Respondent level", "Lefel ymatebydd"},
    {"method.respondent_level_text",
     "A respondent's answer is a level; a measured value (such as facility time) becomes the "
     "highest level whose threshold it reaches (at or below the threshold where lower is "
     "better); a checklist becomes the highest level whose threshold the number of practices "
     "in place reaches. A value that reaches no threshold gets the lowest level.",
     "Lefel yw ateb ymatebydd; daw gwerth a fesurwyd (fel amser cyfleuster) yn lefel uchaf y "
     "mae'n cyrraedd ei throthwy (ar y trothwy neu islaw iddo lle mae gorau po isaf); daw rhestr "
     "wirio yn lefel uchaf y mae nifer yr arferion sydd ar waith yn cyrraedd ei throthwy. Mae "
     "gwerth nad yw'n cyrraedd unrhyw drothwy yn cael y lefel isaf."},
    {"method.perspective_score", "Perspective score", "Sgôr safbwynt"},
    {"method.perspective_score_text",
     "For each element, the mean of the levels given by that perspective's respondents.",
     "Ar gyfer pob elfen, cymedr y lefelau a roddwyd gan ymatebwyr y safbwynt hwnnw."},
    {"method.element_score", "Element score", "Sgôr elfen"},
    {"method.element_score_text",
     "The mean of the perspective scores present, each perspective counting equally, so a side "
     "with more respondents does not outvote the other. Divergence is the highest perspective "
     "score minus the lowest.",
     "Cymedr sgoriau'r safbwyntiau sy'n bresennol, gyda phob safbwynt yn cyfrif yn gyfartal, fel "
     "nad yw ochr â mwy o ymatebwyr yn trechu'r llall. Y gwahaniaeth yw'r sgôr safbwynt uchaf "
     "llai'r isaf."},
    {"method.aggregate_minimum", "the lowest score among its elements (aggregate: minimum)",
     "y sgôr isaf ymhlith ei elfennau"},
    {"method.aggregate_mean",
     "the mean of its elements' scores weighted by element weight (aggregate: weighted mean)",
     "cymedr sgoriau ei elfennau wedi'u pwysoli yn ôl pwysiad yr elfen"},
    {"method.missing_lowest",
     "An unanswered element that applies counts as the lowest level (missing: lowest).",
     "Mae elfen berthnasol heb ei hateb yn cyfrif fel y lefel isaf."},
    {"method.missing_exclude",
     "An unanswered element is left out of the score (missing: exclude) and shown as "
     "incomplete.",
     "Gadewir elfen heb ei hateb allan o'r sgôr a'i dangos yn anghyflawn."},
    {"method.dimension_score", "Dimension score", "Sgôr dimensiwn"},
    {"method.dimension_score_text",
     "A dimension's score is {1}. {2} Completeness is the weight answered divided by the weight "
     "that applies. Each perspective's dimension score uses that perspective's element scores "
     "in the same way.",
     "Sgôr dimensiwn yw {1}. {2} Cyflawnder yw'r pwysiad a atebwyd wedi'i rannu â'r pwysiad sy'n "
     "berthnasol. Mae sgôr dimensiwn pob safbwynt yn defnyddio sgoriau elfennau'r safbwynt "
     "hwnnw yn yr un modd."},
    {"method.overall_score", "Overall score", "Sgôr gyffredinol"},
    {"method.overall_score_text",
     "The mean of the dimension scores weighted by dimension weight; a dimension with no score "
     "is left out.",
     "Cymedr sgoriau'r dimensiynau wedi'u pwysoli yn ôl pwysiad y dimensiwn; gadewir allan "
     "ddimensiwn heb sgôr."},
    {"method.level_reached", "Level reached", "Lefel a gyrhaeddwyd"},
    {"method.level_reached_text", "The highest scale level not above the score.",
     "Y lefel uchaf ar y raddfa nad yw'n uwch na'r sgôr."},
    {"method.target", "Target", "Targed"},
    {"method.target_text",
     "An element's own target if it has one, else the first matching rule{1}; otherwise the "
     "default, {2}. A dimension's target is aggregated from its elements' targets in the same "
     "way as its score.",
     "Targed yr elfen ei hun os oes ganddi un, neu fel arall y rheol gyntaf sy'n cyfateb{1}; "
     "fel arall y rhagosodiad, {2}. Cyfunir targed dimensiwn o dargedau ei elfennau yn yr un "
     "modd â'i sgôr."},
    {"method.gap", "Gap and priority", "Bwlch a blaenoriaeth"},
    {"method.gap_text",
     "Gap = target - element score where the score is below target (an unanswered element has "
     "no gap; it is flagged incomplete). Priority = gap x element weight x dimension weight. "
     "The action plan lists gaps by priority, then divergence, then element id.",
     "Bwlch = targed - sgôr yr elfen lle mae'r sgôr islaw'r targed (nid oes bwlch gan elfen heb "
     "ei hateb; caiff ei baneru'n anghyflawn). Blaenoriaeth = bwlch x pwysiad yr elfen x pwysiad "
     "y dimensiwn. Mae'r cynllun gweithredu'n rhestru bylchau yn ôl blaenoriaeth, yna "
     "gwahaniaeth, yna dynodydd yr elfen."},
    {"method.flags", "Flags", "Baneri"},
    {"method.flag_unevidenced",
     "{1}: a respondent rated the element at level {2} or above without giving evidence.",
     "{1}: rhoddodd ymatebydd lefel {2} neu uwch i'r elfen heb roi tystiolaeth."},
    {"method.flag_unevidenced_unused", "{1}: not used (the framework requires no evidence).",
     "{1}: heb ei ddefnyddio (nid yw'r fframwaith yn gofyn am dystiolaeth)."},
    {"method.flags_text",
     "{1}: the perspectives are {2} or more apart. {3} {4}: the element applies but nobody "
     "answered it. {5}: every respondent who answered marked it not applicable.",
     "{1}: mae'r safbwyntiau {2} neu fwy ar wahân. {3} {4}: mae'r elfen yn berthnasol ond ni "
     "atebodd neb hi. {5}: nododd pob ymatebydd a atebodd nad yw'n berthnasol."},
    {"method.jointly_agreed_text",
     "The assessment is jointly agreed when every perspective has signed off and agrees. A "
     "side that signs but does not agree gives a statement of why, shown here in full.",
     "Cytunir ar yr asesiad ar y cyd pan fydd pob safbwynt wedi llofnodi'r asesiad ac yn "
     "cytuno ag ef. Mae ochr sy'n llofnodi heb gytuno yn rhoi datganiad sy'n egluro pam, a "
     "ddangosir yma yn llawn."},
    {"method.applicability", "Applicability", "Perthnasedd"},
    {"method.applicability_text",
     "An element with conditions (such as institution size) applies only to institutions whose "
     "profile matches; others do not count it.",
     "Mae elfen ag amodau (fel maint y sefydliad) yn berthnasol yn unig i sefydliadau y mae eu "
     "proffil yn cyfateb; nid yw eraill yn ei chyfrif."},
    {"method.source", "Source", "Ffynhonnell"},
    {"method.source_text", "The {1}, version {2}; the self-assessment of {3} for {4}.",
     "{1}, fersiwn {2}; hunanasesiad {3} ar gyfer {4}."},
    {"method.tool", "Tool", "Offeryn"},
    {"method.tool_text",
     "Computed by maturity. The cells hold every number at full precision; they are shown "
     "rounded.",
     "Cyfrifwyd gan maturity. Mae'r celloedd yn dal pob rhif yn llawn; fe'u dangosir wedi'u "
     "talgrynnu."},

    // The summary `maturity score` prints.
    {"summary.agreed_yes", "Jointly agreed: yes, signed off by every perspective",
     "Cytunwyd ar y cyd: do, wedi'i lofnodi gan bob safbwynt"},
    {"summary.agreed_none", "Jointly agreed: no, not signed off",
     "Cytunwyd ar y cyd: naddo, heb ei lofnodi"},
    {"summary.agreed_some", "Jointly agreed: no, signed off by {1} only",
     "Cytunwyd ar y cyd: naddo; dim ond y rhain a lofnododd: {1}"},
    {"summary.agreed_not", "Jointly agreed: no, {1} does not agree",
     "Cytunwyd ar y cyd: naddo; heb gytuno: {1}"},
    {"summary.statement", "Statement from {1}: {2}", "Datganiad, {1}: {2}"},
    {"summary.change", "Change since {1}: {2} (from {3}, level {4})",
     "Newid ers {1}: {2} (o {3}, lefel {4})"},
    {"summary.actions", "Agreed actions: {1} (done {2}, in progress {3}, planned {4}, dropped {5})",
     "Camau gweithredu a gytunwyd: {1} (wedi'u cwblhau {2}, ar y gweill {3}, wedi'u cynllunio "
     "{4}, wedi'u hepgor {5})"},
    {"summary.overdue", "Overdue at {1}: {2}", "Yn hwyr ar {1}: {2}"},
    {"summary.overdue_action", "{1}: {2} (due {3})", "{1}: {2} (erbyn {3})"},
    {"summary.overall", "Overall: {1} of {2}, level {3} ({4}), target {5}, completeness {6}",
     "Cyffredinol: {1} allan o {2}, lefel {3} ({4}), targed {5}, cyflawnder {6}"},
    {"summary.sector",
     "Sector ({1}, {2} institutions): median {3}, middle half {4} to {5}; this institution is at "
     "the {6} percentile",
     "Y sector ({1}, {2} o sefydliadau): canolrif {3}, hanner canol {4} i {5}; mae'r sefydliad "
     "hwn ar ganradd {6}"},
    {"summary.sector_lowest",
     "Sector ({1}, {2} institutions): median {3}, middle half {4} to {5}; no institution in the "
     "sector scores lower than this one",
     "Y sector ({1}, {2} o sefydliadau): canolrif {3}, hanner canol {4} i {5}; nid oes "
     "sefydliad yn y sector â sgôr is na'r un hwn"},
    {"summary.sector_highest",
     "Sector ({1}, {2} institutions): median {3}, middle half {4} to {5}; no institution in the "
     "sector scores higher than this one",
     "Y sector ({1}, {2} o sefydliadau): canolrif {3}, hanner canol {4} i {5}; nid oes "
     "sefydliad yn y sector â sgôr uwch na'r un hwn"},
    {"summary.complete", "Complete", "Cyflawnder"},
    {"summary.top_gaps", "Top gaps (by priority = gap x weight)",
     "Y prif fylchau (yn ôl blaenoriaeth = bwlch x pwysiad)"},
    {"summary.no_gaps", "none: every scored element meets its target",
     "dim: mae pob elfen a sgoriwyd yn cyrraedd ei tharged"},
    {"summary.nothing_scored", "none: no element was scored", "dim: ni sgoriwyd unrhyw elfen"},
    {"summary.gap", "score {1}, target {2}, gap {3}, priority {4}",
     "sgôr {1}, targed {2}, bwlch {3}, blaenoriaeth {4}"},
    {"summary.more_gaps", "... and {1} more in the action plan",
     "... mae {1} arall yn y cynllun gweithredu"},
    {"summary.perception_gaps", "Perception gaps (perspectives {1} or more apart)",
     "Bylchau canfyddiad (safbwyntiau {1} neu fwy ar wahân)"},
    {"summary.none", "none", "dim"},
    {"summary.apart", "(apart {1})", "({1} ar wahân)"},
    {"summary.more_divergent", "... and {1} more on the {2} sheet",
     "... mae {1} arall ar y daflen {2}"},
    // A key ending in _one is its text for a count of 1, in _two for 2 (Messages::Counted).
    {"summary.unanswered", "Unanswered: {1} elements that apply",
     "Heb eu hateb: {1} elfen berthnasol"},
    {"summary.unanswered_one", "Unanswered: 1 element that applies",
     "Heb ei hateb: 1 elfen berthnasol"},
    {"summary.unevidenced",
     "Unevidenced: {1} elements rated at a level that needs evidence, without it",
     "Heb dystiolaeth: {1} elfen a raddiwyd ar lefel sy'n gofyn am dystiolaeth, heb ei rhoi"},
    {"summary.unevidenced_one",
     "Unevidenced: 1 element rated at a level that needs evidence, without it",
     "Heb dystiolaeth: 1 elfen a raddiwyd ar lefel sy'n gofyn am dystiolaeth, heb ei rhoi"},

    // The summary `maturity sector` prints.
    {"sector_summary.title", "{1} {2}: sector comparison", "{1} {2}: cymharu'r sector"},
    {"sector_summary.institutions",
     "{1} institutions; {2} responded in {3} ({4} jointly agreed, mean completeness {5})",
     "{1} o sefydliadau; ymatebodd {2} yn {3} ({4} wedi'u cytuno ar y cyd, cyflawnder cymedrig "
     "{5})"},
    {"sector_summary.left_out", "{1} files left out", "{1} ffeil wedi'u gadael allan"},
    {"sector_summary.left_out_one", "1 file left out", "1 ffeil wedi'i gadael allan"},
    {"sector_summary.overall", "Overall: median {1} (Q1 {2}, Q3 {3}), mean {4}, range {5} to {6}",
     "Cyffredinol: canolrif {1} (Ch1 {2}, Ch3 {3}), cymedr {4}, amrediad {5} i {6}"},
    {"sector_summary.median", "Median", "Canolrif"},
    {"sector_summary.q1", "Q1", "Ch1"},
    {"sector_summary.q3", "Q3", "Ch3"},
    {"sector_summary.weakest", "Where support is most needed (lowest median element scores)",
     "Lle mae angen cymorth fwyaf (y sgoriau elfen canolrif isaf)"},
    {"sector_summary.element", "median {1}, {2}% below target",
     "canolrif {1}, {2}% islaw'r targed"},
    {"sector_summary.groups", "Peer groups (fewer than {1} institutions: suppressed)",
     "Grwpiau cymheiriaid (llai na {1} o sefydliadau: wedi'u hatal)"},
    {"sector_summary.suppressed", "suppressed", "wedi'i atal"},
    {"sector_summary.no_members", "none", "dim"},
    {"sector_summary.group", "n {1}, median {2}", "n {1}, canolrif {2}"},
    {"sector_summary.trend", "Trend of the sector median", "Tuedd canolrif y sector"},

    // The sector workbook (maturity sector -o).
    {"sector.document_title", "Sector comparison: {1}, {2}", "Cymharu'r sector: {1}, {2}"},
    {"sector.document_comments", "Written by maturity; every number equals the sector JSON.",
     "Ysgrifennwyd gan maturity; mae pob rhif yn hafal i JSON y sector."},
    {"sector.sheet.overview", "Overview", "Trosolwg"},
    {"sector.sheet.heatmap", "Heatmap", "Map gwres"},
    {"sector.sheet.distribution", "Distribution", "Dosbarthiad"},
    {"sector.sheet.peer_groups", "Peer groups", "Grwpiau cymheiriaid"},
    {"sector.sheet.perceptions", "Perceptions", "Canfyddiadau"},
    {"sector.sheet.trends", "Trends", "Tueddiadau"},
    {"sector.sheet.moderation", "Moderation", "Cymedroli"},
    {"sector.moderation.title", "Self-assessments to look at more closely",
     "Hunanasesiadau i edrych arnynt yn fanylach"},
    {"sector.moderation.key",
     "A flag is a reason to ask, not a finding. Large change: the overall score moved by {1} "
     "or more since the institution's previous period in this run. Thin evidence: {2} or more "
     "of the ratings that need evidence have none. Many not applicable: {3} or more of the "
     "applicable elements marked not applicable. Wide perception gap: the sides {4} or more "
     "apart overall. Not agreed: a side signed but does not agree. Actions overdue: agreed "
     "actions still open after their due date. Id changed: the same name answered under "
     "another id in an earlier period, so its change was not compared. One side only: a side "
     "gave no answers (how many sides).",
     "Rheswm i holi yw baner, nid canfyddiad. Newid mawr: symudodd y sgôr gyffredinol {1} neu "
     "fwy ers cyfnod blaenorol y sefydliad yn y rhediad hwn. Tystiolaeth denau: nid oes "
     "tystiolaeth i {2} neu fwy o'r graddau sydd ei hangen. Llawer yn amherthnasol: {3} neu "
     "fwy o'r elfennau perthnasol wedi'u nodi'n amherthnasol. Bwlch canfyddiad llydan: yr "
     "ochrau {4} neu fwy ar wahân yn gyffredinol. Heb gytuno: llofnododd ochr heb gytuno. "
     "Camau gweithredu'n hwyr: camau a gytunwyd sy'n dal ar agor ar ôl eu dyddiad targed. "
     "Dynodydd wedi newid: atebodd yr un enw dan ddynodydd arall mewn cyfnod cynharach, felly "
     "ni chymharwyd ei newid. Un ochr yn unig: ni roddodd ochr unrhyw atebion (sawl ochr)."},
    {"sector.moderation.none", "No self-assessment raised a flag.",
     "Ni chododd unrhyw hunanasesiad faner."},
    {"sector.column.flags", "Flags", "Baneri"},
    {"sector.agreement", "Agreement (latest period)", "Cytundeb (y cyfnod diweddaraf)"},
    {"sector.agreement_text", "{1} agreed; {2} not agreed, with a statement; {3} not signed",
     "{1} wedi cytuno; {2} heb gytuno, gyda datganiad; {3} heb eu llofnodi"},
    {"sector.moderation_text", "Flagged for a closer look: {1} of {3} self-assessments (sheet {2})",
     "Wedi'u baneru i edrych arnynt yn fanylach: {1} o {3} hunanasesiad (taflen {2})"},
    {"moderation.large-change", "Large change", "Newid mawr"},
    {"moderation.thin-evidence", "Thin evidence", "Tystiolaeth denau"},
    {"moderation.many-not-applicable", "Many not applicable", "Llawer yn amherthnasol"},
    {"moderation.wide-perception-gap", "Wide perception gap", "Bwlch canfyddiad llydan"},
    {"moderation.not-agreed", "Not agreed", "Heb gytuno"},
    {"moderation.actions-overdue", "Actions overdue", "Camau gweithredu'n hwyr"},
    {"moderation.id-changed", "Id changed", "Dynodydd wedi newid"},
    {"moderation.one-side-only", "One side only", "Un ochr yn unig"},
    {"sector.title", "Sector comparison", "Cymharu'r sector"},
    {"sector.period_analysed", "Period analysed", "Y cyfnod a ddadansoddwyd"},
    {"sector.institutions", "Institutions", "Sefydliadau"},
    {"sector.moderation.wide_quartile", "{1} (the upper quartile of this run's self-assessments)",
     "{1} (chwartel uchaf hunanasesiadau'r rhediad hwn)"},
    {"sector.moderation.wide_floor",
     "{1} (the framework's perception-gap line, above the upper quartile of this run's "
     "self-assessments)",
     "{1} (llinell bwlch canfyddiad y fframwaith, uwchlaw chwartel uchaf hunanasesiadau'r "
     "rhediad hwn)"},
    {"sector.moderation.wide_framework", "{1} (set by the framework)",
     "{1} (wedi'i osod gan y fframwaith)"},
    {"sector.moderation.wide_option", "{1} (set by --wide-perception-gap)",
     "{1} (wedi'i osod gan --wide-perception-gap)"},
    {"sector.institutions_text", "{1} in all; {2} responded in {3}",
     "{1} i gyd; ymatebodd {2} yn {3}"},
    {"sector.responses_by_period", "Responses by period", "Ymatebion fesul cyfnod"},
    {"sector.jointly_agreed_text", "{1} of {2} assessments signed off by every perspective",
     "{1} o {2} asesiad wedi'u llofnodi gan bob safbwynt"},
    {"sector.mean_completeness", "Mean completeness", "Cyflawnder cymedrig"},
    {"sector.overall_text", "median {1} (Q1 {2}, Q3 {3}), mean {4}, on a scale of {5} to {6}",
     "canolrif {1} (Ch1 {2}, Ch3 {3}), cymedr {4}, ar raddfa o {5} i {6}"},
    {"sector.peer_groups", "Peer groups", "Grwpiau cymheiriaid"},
    {"sector.peer_groups_none", "none requested", "ni ofynnwyd am rai"},
    {"sector.peer_groups_by", "by {1}", "yn ôl {1}"},
    {"sector.smallest_group", "Smallest group published", "Y grŵp lleiaf a gyhoeddir"},
    {"sector.smallest_group_text", "{1} institutions; smaller groups are suppressed everywhere",
     "{1} o sefydliadau; atelir grwpiau llai ym mhobman"},
    {"sector.anonymised", "Anonymised", "Dienw"},
    {"sector.anonymised_yes", "yes: institutions appear as codes (INST-…) only",
     "ydy: dim ond fel codau (INST-…) y mae sefydliadau'n ymddangos"},
    {"sector.anonymised_no", "no: institutions appear by name",
     "nac ydy: mae sefydliadau'n ymddangos wrth eu henwau"},
    {"sector.left_out", "Left out", "Wedi'u gadael allan"},
    {"sector.left_out_none", "none: every input file was valid",
     "dim: roedd pob ffeil mewnbwn yn ddilys"},
    {"sector.left_out_text", "Files that could not be read, left out: {1} (listed below)",
     "Ffeiliau na ellid eu darllen, wedi'u gadael allan: {1} (wedi'u rhestru isod)"},
    {"sector.files_left_out", "Files left out", "Ffeiliau a adawyd allan"},
    {"sector.file_number", "File {1}", "Ffeil {1}"},
    {"sector.file_errors", "Errors: {1}; see the run's log", "Gwallau: {1}; gweler log y rhediad"},
    {"sector.yes", "yes", "do"},
    // Jointly agreed? in the tables of institutions: which kind of "no" (docs/sector.md).
    {"agreement.not_agreed", "no: a side does not agree", "naddo: nid yw ochr yn cytuno"},
    {"agreement.not_signed", "no: not signed by every side", "naddo: heb ei lofnodi gan bob ochr"},
    {"sector_summary.matched", "{1} among the {2} in both periods",
     "{1} ymhlith y {2} yn y ddau gyfnod"},
    {"sector.no", "no", "naddo"},
    {"sector.column.institution", "Institution", "Sefydliad"},
    {"sector.column.institution_code", "Institution (code)", "Sefydliad (cod)"},
    {"sector.column.percentile_rank", "Percentile rank", "Safle canradd"},
    {"sector.column.min", "Min", "Isafswm"},
    {"sector.column.q1", "Q1", "Ch1"},
    {"sector.column.median", "Median", "Canolrif"},
    {"sector.column.q3", "Q3", "Ch3"},
    {"sector.column.max", "Max", "Uchafswm"},
    {"sector.column.mean", "Mean", "Cymedr"},
    {"sector.column.at_level", "At level {1} ({2})", "Ar lefel {1} ({2})"},
    {"sector.column.grouped_by", "Grouped by", "Wedi'u grwpio yn ôl"},
    {"sector.column.group", "Group", "Grŵp"},
    {"sector.column.median_of", "{1} (median)", "{1} (canolrif)"},
    {"sector.column.median_score", "Median score", "Sgôr ganolrifol"},
    {"sector.column.below_target", "Below target", "Islaw'r targed"},
    {"sector.column.perception_gap", "Perception gap", "Bwlch canfyddiad"},
    {"sector.column.unevidenced", "Unevidenced", "Heb dystiolaeth"},
    {"sector.column.median_divergence", "Median divergence", "Gwahaniaeth canolrifol"},
    {"sector.column.median_change", "Median change", "Newid yn y canolrif"},
    {"sector.column.mean_change", "Mean change", "Newid yn y cymedr"},
    {"sector.column.from", "From", "O"},
    {"sector.column.to", "To", "I"},
    {"sector.column.before", "Before", "Cyn"},
    {"sector.column.after", "After", "Ar ôl"},
    {"sector.column.change", "Change", "Newid"},
    {"sector.heatmap.title", "Heatmap: every institution by dimension, {1}",
     "Map gwres: pob sefydliad fesul dimensiwn, {1}"},
    {"sector.heatmap.key",
     "Red is low, green high, on the framework's scale. Percentile rank: the share of the other "
     "institutions with a lower overall score (Excel's PERCENTRANK.INC).",
     "Coch yn isel, gwyrdd yn uchel, ar raddfa'r fframwaith. Safle canradd: cyfran y "
     "sefydliadau eraill sydd â sgôr gyffredinol is (PERCENTRANK.INC Excel)."},
    {"sector.distribution.title", "Distribution: the spread of scores, {1}",
     "Dosbarthiad: gwasgariad y sgoriau, {1}"},
    {"sector.distribution.key",
     "Quartiles as Excel's QUARTILE.INC; '{1}' counts institutions whose score reaches level {2} "
     "but not {3}.",
     "Chwartelau fel QUARTILE.INC Excel; mae '{1}' yn cyfrif sefydliadau y mae eu sgôr yn "
     "cyrraedd lefel {2} ond nid {3}."},
    {"sector.chart.levels", "Institutions by level reached, per dimension",
     "Sefydliadau yn ôl y lefel a gyrhaeddwyd, fesul dimensiwn"},
    {"sector.groups.title", "Peer groups: institutions of similar type and size",
     "Grwpiau cymheiriaid: sefydliadau o fath a maint tebyg"},
    {"sector.groups.key",
     "A group of fewer than {1} institutions is suppressed: only its name is shown, so that no "
     "small group can be identified.",
     "Atelir grŵp o lai na {1} o sefydliadau: dim ond ei enw a ddangosir, fel na ellir adnabod "
     "unrhyw grŵp bach."},
    {"sector.groups.none",
     "No peer groups were asked for: groups by a profile field (such as sector or size) "
     "appear here when the analysis asks for them.",
     "Ni ofynnwyd am grwpiau cymheiriaid: mae grwpiau yn ôl maes proffil (fel sector neu "
     "faint) yn ymddangos yma pan fydd y dadansoddiad yn gofyn amdanynt."},
    {"sector.groups.chart_data", "Chart data (published groups only)",
     "Data'r siart (grwpiau a gyhoeddir yn unig)"},
    {"sector.chart.median_overall", "Median overall score", "Sgôr gyffredinol ganolrifol"},
    {"sector.chart.groups", "Median overall score by peer group",
     "Sgôr gyffredinol ganolrifol fesul grŵp cymheiriaid"},
    {"sector.elements.title", "Where support is needed: elements across the sector, weakest first",
     "Lle mae angen cymorth: elfennau ar draws y sector, y gwannaf yn gyntaf"},
    {"sector.elements.key",
     "Median element score among institutions where it applies and was answered; shares are of "
     "those institutions.",
     "Sgôr ganolrifol yr elfen ymhlith y sefydliadau lle mae'n berthnasol ac wedi'i hateb; "
     "cyfrannau o'r sefydliadau hynny yw'r canrannau."},
    {"sector.perceptions.title", "Perceptions: management against trade union views, by dimension",
     "Canfyddiadau: barn y rheolwyr yn erbyn barn yr undebau llafur, fesul dimensiwn"},
    {"sector.perceptions.key",
     "The median across institutions of each perspective's dimension score, and the median of "
     "the gap between them.",
     "Y canolrif ar draws sefydliadau o sgôr dimensiwn pob safbwynt, a chanolrif y bwlch "
     "rhyngddynt."},
    {"sector.chart.perceptions", "Each perspective's median view, by dimension",
     "Barn ganolrifol pob safbwynt, fesul dimensiwn"},
    {"sector.trends.title", "Trends: how the sector and each institution moved between periods",
     "Tueddiadau: sut y symudodd y sector a phob sefydliad rhwng cyfnodau"},
    {"sector.trends.key",
     "Change = this period's score minus the previous period's, for institutions that responded "
     "in both.",
     "Newid = sgôr y cyfnod hwn llai sgôr y cyfnod blaenorol, ar gyfer sefydliadau a ymatebodd "
     "yn y ddau."},
    {"sector.trends.sector", "The sector", "Y sector"},
    {"sector.chart.trend", "Sector median by period", "Canolrif y sector fesul cyfnod"},
    {"sector.institutions_withheld",
     "Not published: institutions are anonymised and compared in peer groups, and each code's "
     "scores set beside a group's median or mean could tell which group the code is in. The "
     "peer groups are published instead (a publication without peer groups lists every code).",
     "Heb ei gyhoeddi: mae'r sefydliadau'n ddienw ac yn cael eu cymharu mewn grwpiau cymheiriaid, "
     "a gallai sgoriau pob cod o'u gosod wrth ganolrif neu gymedr grŵp ddangos ym mha grŵp y mae'r "
     "cod. Cyhoeddir y grwpiau cymheiriaid yn lle hynny (mae cyhoeddiad heb grwpiau cymheiriaid "
     "yn rhestru pob cod)."},
    {"sector.trends.none", "No institution responded in two periods.",
     "Nid ymatebodd unrhyw sefydliad mewn dau gyfnod."},
    {"sector.method.title", "Method: how the sector numbers were computed",
     "Dull: sut y cyfrifwyd rhifau'r sector"},
    {"sector.method.scores", "Scores", "Sgoriau"},
    {"sector.method.scores_text",
     "Each institution is scored exactly as maturity score scores it (see a scorecard's {1} "
     "sheet): perspectives count equally, dimensions are weighted means of their elements, the "
     "overall score a weighted mean of the dimensions.",
     "Sgorir pob sefydliad yn union fel y mae maturity score yn ei sgorio (gweler y daflen {1} "
     "mewn cerdyn sgorio): mae safbwyntiau'n cyfrif yn gyfartal, mae dimensiynau'n gymedrau "
     "wedi'u pwysoli o'u helfennau, a'r sgôr gyffredinol yn gymedr wedi'i bwysoli o'r "
     "dimensiynau."},
    {"sector.method.period_text",
     "The statistics describe the latest period in the inputs, {1}; earlier periods appear only "
     "on the {2} sheet.",
     "Mae'r ystadegau'n disgrifio'r cyfnod diweddaraf yn y mewnbynnau, {1}; dim ond ar y daflen "
     "{2} y "
     "mae cyfnodau cynharach yn ymddangos."},
    {"sector.method.statistics", "Statistics", "Ystadegau"},
    {"sector.method.statistics_text",
     "n, minimum, quartiles, median, maximum and mean of the institutions' scores. Quartiles "
     "interpolate as Excel's QUARTILE.INC: the value at position (n - 1) x p of the sorted "
     "scores. Levels count institutions by the highest level their score reaches.",
     "n, isafswm, chwartelau, canolrif, uchafswm a chymedr sgoriau'r sefydliadau. Mae "
     "chwartelau'n rhyngosod fel QUARTILE.INC Excel: y gwerth yn safle (n - 1) x p y sgoriau "
     "wedi'u trefnu. Mae lefelau'n cyfrif sefydliadau yn ôl y lefel uchaf y mae eu sgôr yn ei "
     "chyrraedd."},
    {"sector.method.groups_text",
     "Institutions grouped by a profile field (integer fields by their bands). A group of fewer "
     "than {1} institutions is suppressed in every table, chart and the JSON.",
     "Sefydliadau wedi'u grwpio yn ôl maes proffil (meysydd cyfanrif yn ôl eu bandiau). Atelir "
     "grŵp o lai na {1} o sefydliadau ym mhob tabl, siart a'r JSON."},
    {"sector.method.elements_text",
     "For each element, among institutions where it applies and was answered: the median score, "
     "and the shares below target, with a perception gap, and with a rating that lacked the "
     "evidence its level needs. Weakest (lowest median) first.",
     "Ar gyfer pob elfen, ymhlith y sefydliadau lle mae'n berthnasol ac wedi'i hateb: y sgôr "
     "ganolrifol, a'r cyfrannau islaw'r targed, gyda bwlch canfyddiad, a chyda gradd heb y "
     "dystiolaeth sydd ei hangen ar ei lefel. Y gwannaf (y canolrif isaf) yn gyntaf."},
    {"sector.method.perceptions_text",
     "The median across institutions of each perspective's dimension score; the median "
     "divergence is the median of each institution's highest-minus-lowest perspective score.",
     "Y canolrif ar draws sefydliadau o sgôr dimensiwn pob safbwynt; y gwahaniaeth canolrifol "
     "yw canolrif sgôr safbwynt uchaf llai isaf pob sefydliad."},
    {"sector.method.trends_text",
     "For each institution that responded in consecutive periods, the change in its overall "
     "score; for the sector, the change in median and mean between periods.",
     "Ar gyfer pob sefydliad a ymatebodd mewn cyfnodau olynol, y newid yn ei sgôr gyffredinol; "
     "ar gyfer y sector, y newid yn y canolrif a'r cymedr rhwng cyfnodau."},
    {"sector.method.percentile_rank_text",
     "Excel's PERCENTRANK.INC of the institution's overall score among the period's "
     "institutions: the share of the others below it.",
     "PERCENTRANK.INC Excel o sgôr gyffredinol y sefydliad ymhlith sefydliadau'r cyfnod: "
     "cyfran y lleill sydd islaw iddo."},
    {"sector.method.anonymisation", "Anonymisation", "Dienwi"},
    {"sector.method.anonymisation_text",
     "Institutions appear only as codes (INST-…), assigned in the order of a keyed hash of "
     "their ids (HMAC-SHA-256 with a secret key the publisher keeps), so that no one without "
     "the key can tell from the ids which code is whose, and neither the code nor its order "
     "reveals the name or the standing. Peer groups show no minimum or maximum (each is one "
     "institution's score); a group is also withheld when a smaller withheld group, or any "
     "set of fewer institutions than a group may have, could otherwise be worked out by "
     "adding and subtracting the sector's and the published groups' figures, of one grouping "
     "or several; a period with fewer "
     "institutions than the smallest group is not published.",
     "Dim ond fel codau (INST-…) y mae sefydliadau'n ymddangos, wedi'u neilltuo yn nhrefn "
     "stwnsh wedi'i allweddu o'u dynodwyr (HMAC-SHA-256 gydag allwedd gyfrinachol a gedwir "
     "gan y cyhoeddwr), fel na all neb heb yr allwedd ddweud o'r dynodwyr pa god sy'n perthyn "
     "i bwy, ac nad yw'r cod na'i drefn yn datgelu'r enw na'r safle. Nid yw grwpiau "
     "cymheiriaid yn dangos isafswm nac uchafswm (sgôr un sefydliad yw pob un); atelir grŵp "
     "hefyd pan ellid fel arall gyfrifo grŵp llai a ataliwyd, neu unrhyw set o lai o "
     "sefydliadau nag a gaiff fod mewn grŵp, drwy adio a thynnu ffigurau'r sector a'r "
     "grwpiau a gyhoeddwyd, o un grwpio neu sawl un; "
     "ni chyhoeddir cyfnod â llai o sefydliadau na'r grŵp lleiaf."},

    // The framework document (maturity docs).
    {"docs.version", "Version {1}.", "Fersiwn {1}."},
    {"docs.how_to_answer", "How to answer", "Sut i ateb"},
    {"docs.perspectives",
     "Each respondent answers from one perspective. Each perspective counts equally, however "
     "many respondents it has:",
     "Mae pob ymatebydd yn ateb o un safbwynt. Mae pob safbwynt yn cyfrif yn gyfartal, faint "
     "bynnag o ymatebwyr sydd ganddo:"},
    {"docs.answers",
     "Most elements are answered with a level of the scale below; a measured element with a "
     "number, which is banded to a level; a checklist with the practices in place. A rating of "
     "{1}",
     "Atebir y rhan fwyaf o elfennau â lefel o'r raddfa isod; elfen a fesurir â rhif, a roddir "
     "mewn band i lefel; rhestr wirio â'r arferion sydd ar waith. {1}"},
    {"docs.evidence_from", "level {1} or above needs evidence.",
     "Mae angen tystiolaeth ar gyfer lefel {1} neu uwch."},
    {"docs.evidence_never", "any level may be given without evidence.",
     "Gellir rhoi unrhyw lefel heb dystiolaeth."},
    {"docs.scale", "The scale", "Y raddfa"},
    {"docs.column.name", "Name", "Enw"},
    {"docs.column.meaning", "What it means", "Beth mae'n ei olygu"},
    {"docs.column.looks_like", "What it looks like", "Sut mae'n edrych"},
    {"docs.column.move_up", "To move up", "I symud i fyny"},
    {"docs.scoring", "How answers are scored", "Sut y sgorir atebion"},
    {"docs.scoring.element",
     "A perspective's score for an element is the mean of its respondents' levels; the "
     "element's score is the mean of the perspectives' scores.",
     "Sgôr safbwynt ar gyfer elfen yw cymedr lefelau ei ymatebwyr; sgôr yr elfen yw cymedr "
     "sgoriau'r safbwyntiau."},
    {"docs.scoring.dimension", "A dimension's score is {1}; {2}", "Sgôr dimensiwn yw {1}; {2}"},
    {"docs.aggregate_minimum", "the lowest of its elements' scores",
     "yr isaf o sgoriau ei elfennau"},
    {"docs.aggregate_mean", "the mean of its elements' scores, weighted by their weights",
     "cymedr sgoriau ei elfennau, wedi'u pwysoli yn ôl eu pwysiadau"},
    {"docs.missing_lowest", "an unanswered element counts as the lowest level.",
     "mae elfen heb ei hateb yn cyfrif fel y lefel isaf."},
    {"docs.missing_exclude", "an unanswered element is left out and shown as incomplete.",
     "gadewir elfen heb ei hateb allan a'i dangos yn anghyflawn."},
    {"docs.scoring.overall",
     "The overall score is the mean of the dimensions' scores, weighted by their weights.",
     "Y sgôr gyffredinol yw cymedr sgoriau'r dimensiynau, wedi'u pwysoli yn ôl eu pwysiadau."},
    {"docs.scoring.divergence", "Views {1} or more levels apart are flagged as a perception gap.",
     "Caiff barn sydd {1} lefel neu fwy ar wahân ei baneru fel bwlch canfyddiad."},
    {"docs.targets", "Targets: an element's own target where it has one{1}; otherwise {2}.",
     "Targedau: targed yr elfen ei hun lle mae ganddi un{1}; fel arall {2}."},
    {"docs.target_rule", "{1} where {2}", "{1} lle {2}"},
    {"docs.weight", "Weight {1}.", "Pwysiad {1}."},
    {"docs.perspective", "{1} (`{2}`)", "{1} (cod yn y ffeil ateb: `{2}`)"},
    {"docs.element_facts", "{1}, weight {2}, id `{3}`", "{1}, pwysiad {2}, dynodydd `{3}`"},
    {"docs.element_target", "target {1}", "targed {1}"},
    {"docs.applies_where", "applies where {1}", "yn berthnasol lle {1}"},
    {"docs.band_from", "level {1} from {2}", "lefel {1} o {2} ymlaen"},
    {"docs.band_at_most", "level {1} at most {2}", "lefel {1} hyd at {2}"},
    {"docs.band_with", "level {1} with {2}", "lefel {1} gyda {2}"},
    {"docs.measure", "Answer with a number in {1} ({2}): {3}.", "Atebwch â rhif ({1}; {2}): {3}."},
    {"docs.tick", "Tick the practices in place:", "Ticiwch yr arferion sydd ar waith:"},
    {"docs.checklist_bands", "Levels by the number in place: {1}.",
     "Lefelau yn ôl y nifer sydd ar waith: {1}."},

    // The YAML response template (maturity template --format yaml).
    {"template.title", "Response to {1} {2}.", "Ymateb i {1} {2}."},
    {"template.replace",
     "Replace every {1}, answer each element (delete an answer line nobody gives),",
     "Rhowch werth yn lle pob {1}, atebwch bob elfen (dilëwch linell ateb nad oes neb yn ei "
     "rhoi),"},
    {"template.check", "then check the file: maturity validate --framework FRAMEWORK THIS-FILE",
     "yna gwiriwch y ffeil: maturity validate --framework FFRAMWAITH Y-FFEIL-HON"},
    {"template.one_of", "one of: {1}", "un o: {1}"},
    {"template.optional", "optional, delete if unknown", "dewisol, dilëwch os nad yw'n hysbys"},
    {"template.respondents", "add a line per person; each answers from one perspective",
     "ychwanegwch linell i bob person; mae pob un yn ateb o un safbwynt"},
    {"template.levels", "Levels: {1}.", "Lefelau: {1}."},
    {"template.evidence", "A level of {1} or above needs evidence: [what shows it].",
     "Mae angen tystiolaeth ar gyfer lefel {1} neu uwch: [beth sy'n ei dangos]."},
    {"template.not_applicable",
     "An element that does not apply to you: {by: ID, not_applicable: true, reason: why}.",
     "Elfen nad yw'n berthnasol i chi: {by: ID, not_applicable: true, reason: pam}."},
    {"template.only_where", "Only where {1}; delete this element otherwise.",
     "Dim ond lle {1}; fel arall dilëwch yr elfen hon."},
    {"template.in_place", "those in place: {1}", "y rhai sydd ar waith: {1}"},
    {"template.evidence_was", "evidence: {1}", "tystiolaeth: {1}"},
    {"template.previous_answers", "Last period ({1}), to review, not to copy:",
     "Y cyfnod diwethaf ({1}), i'w adolygu, nid i'w gopïo:"},
    {"template.none", "no answer", "dim ateb"},
    {"template.last_period", "the period assessed; last time {1}",
     "y cyfnod a aseswyd; y tro diwethaf {1}"},
    {"template.check_still_true", "as last period: check it still holds; {1}",
     "fel y cyfnod diwethaf: gwiriwch ei fod yn dal yn wir; {1}"},
    {"template.actions_carried",
     "the open actions agreed in {1}: bring each status up to date; add new ones",
     "y camau gweithredu agored a gytunwyd yn {1}: diweddarwch statws pob un; ychwanegwch rai "
     "newydd"},
    {"template.actions_gone",
     "Open actions on elements no longer in the framework, not carried (agree where they "
     "belong now):",
     "Camau gweithredu agored ar elfennau nad ydynt yn y fframwaith mwyach, heb eu cario "
     "(cytunwch ble maent yn perthyn nawr):"},
    {"template.sign_off", "When both sides agree the assessment, record it (optional):",
     "Pan fydd y ddwy ochr yn cytuno ar yr asesiad, cofnodwch hynny (dewisol):"},
    {"template.not_agreed",
     "A side that signs but does not agree adds: agreed: false, statement: \"why it does not "
     "agree\"",
     "Mae ochr sy'n llofnodi heb gytuno yn ychwanegu: agreed: false, statement: \"pam nad "
     "yw'n cytuno\""},
};

}  // namespace maturity
