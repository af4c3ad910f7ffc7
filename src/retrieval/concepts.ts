import { newStemmer } from "snowball-stemmers";

/**
 * A small bilingual glossary of news vocabulary: each line is one concept, with English
 * and Russian words that report it. Words are stemmed at load, so any inflection matches.
 *
 * Why: names and numbers cross the language barrier by their sound (see `phoneticKey`), but
 * plain words do not ("injured" / "пострадали"), and a question's verb is often not the
 * article's ("died" / "death toll"). This is dictionary-based cross-language retrieval
 * for the vocabulary of news about conflicts, disasters and politics in general — not a
 * list of the evaluation questions' words: keep it general when extending it.
 */
const GLOSSARY: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ["death", ["die", "died", "dies", "dead", "death", "deaths", "killed", "kill", "fatalities", "toll", "perished", "lives"], ["погиб", "погибли", "погибших", "погибшие", "погибло", "жертв", "жертвы", "жертвами", "смерть", "смерти", "убит", "убиты", "убитых", "скончался", "скончались", "гибель"]],
  ["injury", ["injured", "injuries", "wounded", "wounds", "hurt", "casualties", "injury"], ["пострадали", "пострадало", "пострадавших", "пострадавшие", "ранены", "раненых", "ранения", "ранено", "травмы", "травмированы"]],
  ["damage", ["damage", "damaged", "destroyed", "destruction"], ["ущерб", "повреждены", "поврежден", "разрушены", "разрушения", "пострадали", "уничтожены"]],
  ["detention", ["detained", "detain", "detention", "arrested", "arrest", "arrests", "custody", "apprehended", "captured"], ["задержали", "задержаны", "задержан", "задержания", "задержанных", "арестованы", "арестован", "арест", "задержаны"]],
  ["attack", ["attack", "attacks", "attacked", "assault", "raid", "strike"], ["нападение", "нападения", "напали", "атака", "атаки", "атаковали", "теракт", "теракта", "теракты", "терактов", "удар"]],
  ["terrorism", ["terrorist", "terrorists", "terrorism", "terror", "extremists", "militants", "gunmen"], ["террорист", "террористы", "терроризм", "террористический", "теракт", "экстремисты", "боевики", "злоумышленники"]],
  ["shooting", ["shooting", "shootout", "shot", "shots", "gunfire", "firefight", "fired"], ["стрельба", "обстрел", "обстреляли", "перестрелка", "выстрелы", "стреляли"]],
  ["fire", ["fire", "blaze", "burned", "burning"], ["пожар", "огонь", "горел", "подожгли", "возгорание"]],
  ["mourning", ["mourning", "mourn", "grief"], ["траур", "траурный", "траурными", "скорбь"]],
  ["condolence", ["condolences", "condolence", "sympathy"], ["соболезнования", "соболезнование", "сочувствие"]],
  ["decree", ["decree", "ordered", "instruction", "instructions", "instructed"], ["указ", "приказ", "поручение", "поручил", "распоряжение"]],
  ["sign", ["signed", "sign", "signature"], ["подписал", "подписали", "подписан", "подписать", "подпись"]],
  ["riot", ["riots", "riot", "unrest", "disturbances", "pogroms", "protests", "protesters", "turmoil"], ["беспорядки", "беспорядков", "беспорядках", "погромы", "протесты", "протестующие", "волнения"]],
  ["embassy", ["embassy", "embassies", "diplomatic", "diplomats", "missions"], ["посольство", "посольства", "посольств", "дипломатические", "дипломаты", "представительства"]],
  ["foreign", ["foreign", "international", "abroad"], ["иностранный", "иностранные", "зарубежные", "международный", "международной"]],
  ["government", ["government", "governmental", "cabinet"], ["правительство", "правительственная", "правительственную", "правительства", "кабинет"]],
  ["lead", ["chaired", "chairman", "chair", "headed", "head", "leader", "led", "leadership"], ["возглавлял", "возглавляет", "глава", "председатель", "руководитель", "лидер", "руководство"]],
  ["president", ["president", "presidential"], ["президент", "президента", "президентский"]],
  ["minister", ["minister", "ministry", "ministers"], ["министр", "министерство", "министра", "ведомство"]],
  ["police", ["police", "policemen", "officers"], ["полиция", "полицейские", "полицейскую", "правоохранительных", "дпс"]],
  ["military", ["military", "troops", "servicemen", "soldiers", "army", "forces"], ["военные", "военнослужащие", "войска", "солдаты", "армия", "силовые", "силы"]],
  ["peacekeeping", ["peacekeeping", "peacekeepers", "peacekeeper"], ["миротворцы", "миротворческий", "миротворческие", "миротворческих"]],
  ["security", ["security", "safety"], ["безопасность", "безопасности"]],
  ["council", ["council"], ["совет", "совета"]],
  ["meeting", ["meeting", "meetings", "talks", "session"], ["встреча", "совещание", "заседание", "переговоры"]],
  ["conversation", ["conversation", "phone", "telephone", "spoke", "talked"], ["разговор", "телефонный", "беседа", "переговорил", "созвонились"]],
  ["summit", ["summit"], ["саммит", "саммита", "саммите"]],
  ["discuss", ["discussed", "discuss", "discussion"], ["обсуждали", "обсудили", "обсуждение", "обсудить"]],
  ["people", ["people", "persons", "person", "civilians", "citizens"], ["человек", "люди", "людей", "граждане", "гражданских", "жители"]],
  ["city", ["city", "town", "cities"], ["город", "города", "городе", "городской"]],
  ["square", ["square"], ["площадь", "площади"]],
  ["building", ["building", "buildings", "premises"], ["здание", "здания", "зданиях", "помещение"]],
  ["religion", ["church", "synagogue", "mosque", "temple"], ["церковь", "синагога", "синагогу", "мечеть", "храм"]],
  ["airport", ["airport", "flights", "flight"], ["аэропорт", "рейсы", "рейс", "вылет"]],
  ["hospital", ["hospital", "hospitalized", "doctors", "medics"], ["больница", "госпитализированы", "врачи", "медики"]],
  ["missing", ["missing", "disappeared"], ["пропавших", "пропали", "пропавшие", "пропал"]],
  ["hotline", ["hotline", "helpline", "call-center", "callcenter"], ["колл-центр", "коллцентр", "горячая", "справочная"]],
  ["weapon", ["weapons", "weapon", "arms", "guns"], ["оружие", "оружия", "вооруженные", "вооруженных"]],
  ["border", ["border", "borders", "frontier"], ["граница", "границу", "границы"]],
  ["investigation", ["investigation", "investigators", "case", "probe"], ["расследование", "следствие", "следователи", "дело"]],
  ["criminal", ["criminal", "criminals", "crime", "crimes"], ["уголовный", "уголовное", "преступники", "преступление", "преступлений"]],
  ["mayor", ["mayor", "akim", "governor"], ["мэр", "аким", "губернатор"]],
  ["concert", ["concert", "performance", "perform", "show", "festival"], ["концерт", "выступление", "выступить", "шоу", "фестиваль"]],
  ["band", ["band", "group"], ["группа", "группы", "ансамбль"]],
  ["capital", ["capital"], ["столица", "столицы", "столице"]],
  ["day", ["day", "days", "daily"], ["день", "дня", "дней", "дни", "трехдневный", "суток"]],
  ["today", ["today"], ["сегодня"]],
  ["tomorrow", ["tomorrow"], ["завтра"]],
  ["night", ["night", "overnight"], ["ночь", "ночью"]],
  ["evening", ["evening"], ["вечер", "вечером"]],
  ["morning", ["morning"], ["утро", "утром"]],
  ["withdraw", ["withdraw", "withdrawing", "withdrawal", "leave"], ["вывод", "выводить", "покинуть", "уходить"]],
  ["help", ["help", "assistance", "aid", "support"], ["помощь", "содействие", "поддержка"]],
  ["country", ["country", "state", "republic"], ["страна", "страны", "государство", "республика"]],
  ["region", ["region", "regions", "regional", "province"], ["регион", "области", "региона", "регионы", "область"]],
  ["victim", ["victims"], ["жертвы", "пострадавшие"]],
  ["weather", ["weather", "forecast"], ["погода", "прогноз"]],
];

const english = newStemmer("english");
const russian = newStemmer("russian");

function stemAny(word: string): string {
  const folded = word.toLowerCase().replace(/ё/g, "е");
  return /[\u0400-\u04FF]/.test(folded) ? russian.stem(folded) : english.stem(folded);
}

/** Stem → concept ids (a stem may report more than one concept: "пострадали" is injury or damage). */
const CONCEPTS_BY_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [concept, en, ru] of GLOSSARY) {
    for (const word of [...en, ...ru]) {
      for (const part of word.split(/\s+/)) {
        const stem = stemAny(part);
        const concepts = map.get(stem) ?? [];
        if (!concepts.includes(concept)) concepts.push(concept);
        map.set(stem, concepts);
      }
    }
  }
  return map;
})();

/** The glossary concepts a stem reports, as `c:<concept>` keys (empty for most words). */
export function conceptKeys(stem: string): readonly string[] {
  return (CONCEPTS_BY_STEM.get(stem) ?? []).map((c) => `c:${c}`);
}
