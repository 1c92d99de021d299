package org.oncotriage.datagen.lexicon;

import java.util.List;
import org.oncotriage.datagen.lexicon.CancerType.Regimen;

/** The cancer types the generator writes about, with real regimens and drug names. */
public final class CancerCatalog {

  private CancerCatalog() {}

  private static Regimen chemo(List<String> names, String... drugs) {
    return new Regimen(names, List.of(drugs), true, false, false);
  }

  private static Regimen oral(List<String> names, boolean cytotoxic, String... drugs) {
    return new Regimen(names, List.of(drugs), cytotoxic, true, false);
  }

  private static Regimen immuno(List<String> names, String... drugs) {
    return new Regimen(names, List.of(drugs), false, false, true);
  }

  private static Regimen chemoImmuno(List<String> names, String... drugs) {
    return new Regimen(names, List.of(drugs), true, false, true);
  }

  /** Every cancer type, in a fixed order. */
  public static final List<CancerType> ALL =
      List.of(
          new CancerType(
              "breast",
              List.of(
                  "breast cancer",
                  "breast ca",
                  "triple negative breast cancer",
                  "HER2+ breast cancer",
                  "stage 2 breast cancer",
                  "ER+ breast cancer"),
              List.of(
                  chemo(
                      List.of("AC", "dose dense AC", "A/C"),
                      "doxorubicin",
                      "Adriamycin",
                      "cyclophosphamide",
                      "Cytoxan"),
                  chemo(List.of("weekly Taxol", "paclitaxel", "taxol"), "paclitaxel", "Taxol"),
                  chemo(
                      List.of("TCHP", "TCHP"),
                      "docetaxel",
                      "Taxotere",
                      "carboplatin",
                      "Herceptin",
                      "Perjeta",
                      "trastuzumab"),
                  chemoImmuno(
                      List.of("Keynote-522", "the keytruda chemo combo"),
                      "pembrolizumab",
                      "Keytruda",
                      "carboplatin",
                      "paclitaxel"),
                  oral(List.of("letrozole", "Femara"), false, "letrozole", "Femara"),
                  oral(List.of("anastrozole", "Arimidex"), false, "anastrozole", "Arimidex"),
                  oral(List.of("tamoxifen"), false, "tamoxifen"),
                  oral(
                      List.of("Ibrance and letrozole", "palbociclib"),
                      false,
                      "Ibrance",
                      "palbociclib",
                      "letrozole"),
                  oral(
                      List.of("Kisqali", "ribociclib with Femara"), false, "Kisqali", "ribociclib"),
                  oral(List.of("Xeloda", "capecitabine"), true, "capecitabine", "Xeloda"),
                  new Regimen(
                      List.of("Enhertu"),
                      List.of("Enhertu", "trastuzumab deruxtecan"),
                      true,
                      false,
                      false)),
              List.of("CA 15-3", "CA 27.29", "tumor markers"),
              List.of("PET scan", "CT", "bone scan", "breast MRI", "mammogram")),
          new CancerType(
              "colorectal",
              List.of(
                  "colon cancer",
                  "rectal cancer",
                  "colorectal cancer",
                  "stage 3 colon cancer",
                  "colon ca"),
              List.of(
                  chemo(
                      List.of("FOLFOX", "folfox"),
                      "oxaliplatin",
                      "5-FU",
                      "fluorouracil",
                      "leucovorin"),
                  chemo(List.of("FOLFIRI", "folfiri"), "irinotecan", "5-FU", "leucovorin"),
                  chemo(
                      List.of("CAPOX", "XELOX", "capox"), "oxaliplatin", "capecitabine", "Xeloda"),
                  chemo(
                      List.of("FOLFOX with Avastin", "folfox plus bevacizumab"),
                      "oxaliplatin",
                      "bevacizumab",
                      "Avastin",
                      "5-FU"),
                  oral(List.of("Xeloda", "capecitabine"), true, "capecitabine", "Xeloda"),
                  oral(
                      List.of("Lonsurf", "Lonsurf and Avastin"),
                      true,
                      "Lonsurf",
                      "trifluridine/tipiracil")),
              List.of("CEA"),
              List.of("CT scan", "CT chest abdomen pelvis", "PET scan", "colonoscopy")),
          new CancerType(
              "lung",
              List.of(
                  "lung cancer",
                  "NSCLC",
                  "non small cell lung cancer",
                  "small cell lung cancer",
                  "lung adenocarcinoma"),
              List.of(
                  chemoImmuno(
                      List.of("carbo pem Keytruda", "carboplatin pemetrexed pembrolizumab"),
                      "carboplatin",
                      "pemetrexed",
                      "Alimta",
                      "pembrolizumab",
                      "Keytruda"),
                  oral(List.of("Tagrisso", "osimertinib"), false, "osimertinib", "Tagrisso"),
                  immuno(List.of("Imfinzi", "durvalumab"), "durvalumab", "Imfinzi"),
                  immuno(List.of("Keytruda", "pembro"), "pembrolizumab", "Keytruda"),
                  chemoImmuno(
                      List.of("carbo etoposide and atezolizumab", "carbo/etoposide"),
                      "carboplatin",
                      "etoposide",
                      "Tecentriq"),
                  oral(List.of("alectinib", "Alecensa"), false, "alectinib", "Alecensa")),
              List.of("CEA", "tumor markers"),
              List.of("CT chest", "PET scan", "brain MRI", "PET/CT")),
          new CancerType(
              "prostate",
              List.of("prostate cancer", "metastatic prostate cancer", "prostate ca"),
              List.of(
                  new Regimen(
                      List.of("Lupron", "ADT", "hormone shots"),
                      List.of("Lupron", "leuprolide", "Eligard", "Firmagon"),
                      false,
                      false,
                      false),
                  oral(List.of("Xtandi", "enzalutamide"), false, "enzalutamide", "Xtandi"),
                  oral(
                      List.of("Zytiga", "abiraterone"),
                      false,
                      "abiraterone",
                      "Zytiga",
                      "prednisone"),
                  oral(List.of("Erleada", "apalutamide"), false, "Erleada", "apalutamide"),
                  chemo(List.of("docetaxel", "Taxotere"), "docetaxel", "Taxotere")),
              List.of("PSA"),
              List.of("bone scan", "PSMA PET", "CT", "MRI")),
          new CancerType(
              "lymphoma",
              List.of(
                  "lymphoma",
                  "DLBCL",
                  "non-Hodgkin lymphoma",
                  "Hodgkin lymphoma",
                  "follicular lymphoma"),
              List.of(
                  chemo(
                      List.of("R-CHOP", "rchop"),
                      "rituximab",
                      "Rituxan",
                      "cyclophosphamide",
                      "doxorubicin",
                      "vincristine",
                      "prednisone"),
                  chemo(List.of("ABVD"), "doxorubicin", "bleomycin", "vinblastine", "dacarbazine"),
                  chemo(
                      List.of("BR", "bendamustine rituximab"),
                      "bendamustine",
                      "Treanda",
                      "rituximab"),
                  chemo(
                      List.of("Pola-R-CHP"),
                      "Polivy",
                      "polatuzumab",
                      "rituximab",
                      "cyclophosphamide")),
              List.of("LDH"),
              List.of("PET scan", "PET/CT", "CT")),
          new CancerType(
              "myeloma",
              List.of("multiple myeloma", "myeloma", "MM"),
              List.of(
                  new Regimen(
                      List.of("VRd", "RVD", "Velcade Revlimid dex"),
                      List.of("Velcade", "bortezomib", "Revlimid", "lenalidomide", "dexamethasone"),
                      true,
                      false,
                      false),
                  new Regimen(
                      List.of("Dara-VRd", "Darzalex combo"),
                      List.of("Darzalex", "daratumumab", "Revlimid", "dexamethasone"),
                      true,
                      false,
                      false),
                  oral(
                      List.of("Revlimid maintenance", "lenalidomide"),
                      true,
                      "Revlimid",
                      "lenalidomide")),
              List.of("M-spike", "free light chains", "SPEP"),
              List.of("PET scan", "skeletal survey", "bone marrow biopsy")),
          new CancerType(
              "pancreatic",
              List.of("pancreatic cancer", "pancreatic adenocarcinoma", "pancreas cancer"),
              List.of(
                  chemo(
                      List.of("FOLFIRINOX", "folfirinox", "mFOLFIRINOX"),
                      "oxaliplatin",
                      "irinotecan",
                      "5-FU",
                      "leucovorin"),
                  chemo(
                      List.of("gem/Abraxane", "gemcitabine and Abraxane", "gem abraxane"),
                      "gemcitabine",
                      "Gemzar",
                      "Abraxane",
                      "nab-paclitaxel")),
              List.of("CA 19-9"),
              List.of("CT scan", "CT abdomen", "MRI")),
          new CancerType(
              "ovarian",
              List.of("ovarian cancer", "ovarian ca", "high grade serous ovarian cancer"),
              List.of(
                  chemo(
                      List.of("carbo/taxol", "carboplatin and paclitaxel", "carbo taxol"),
                      "carboplatin",
                      "paclitaxel",
                      "Taxol"),
                  oral(List.of("Lynparza", "olaparib"), false, "olaparib", "Lynparza"),
                  oral(List.of("Zejula", "niraparib"), false, "niraparib", "Zejula"),
                  chemo(
                      List.of("carbo/taxol with Avastin"),
                      "carboplatin",
                      "paclitaxel",
                      "Avastin",
                      "bevacizumab")),
              List.of("CA-125", "CA 125"),
              List.of("CT scan", "PET scan", "pelvic ultrasound")),
          new CancerType(
              "melanoma",
              List.of("melanoma", "stage 3 melanoma", "metastatic melanoma"),
              List.of(
                  immuno(List.of("Opdivo", "nivolumab"), "nivolumab", "Opdivo"),
                  immuno(
                      List.of("Opdivo and Yervoy", "ipi/nivo", "nivo ipi"),
                      "nivolumab",
                      "Opdivo",
                      "ipilimumab",
                      "Yervoy"),
                  immuno(List.of("Keytruda", "pembrolizumab"), "pembrolizumab", "Keytruda"),
                  immuno(List.of("Opdualag"), "Opdualag", "relatlimab"),
                  oral(
                      List.of("dabrafenib and trametinib", "dabraf/tram", "Tafinlar Mekinist"),
                      false,
                      "dabrafenib",
                      "Tafinlar",
                      "trametinib",
                      "Mekinist")),
              List.of("LDH"),
              List.of("PET scan", "CT", "brain MRI", "skin check")),
          new CancerType(
              "head_neck",
              List.of(
                  "head and neck cancer",
                  "throat cancer",
                  "tonsil cancer",
                  "tongue cancer",
                  "HPV+ oropharynx cancer"),
              List.of(
                  chemo(
                      List.of(
                          "weekly cisplatin with radiation",
                          "cisplatin and radiation",
                          "chemoradiation"),
                      "cisplatin"),
                  new Regimen(
                      List.of("cetuximab", "Erbitux"),
                      List.of("cetuximab", "Erbitux"),
                      false,
                      false,
                      false),
                  immuno(List.of("Keytruda"), "pembrolizumab", "Keytruda")),
              List.of("HPV DNA test", "tumor markers"),
              List.of("PET/CT", "CT neck", "MRI", "scope")),
          new CancerType(
              "cll",
              List.of("CLL", "chronic lymphocytic leukemia", "leukemia"),
              List.of(
                  oral(List.of("ibrutinib", "Imbruvica"), false, "ibrutinib", "Imbruvica"),
                  oral(List.of("Calquence", "acalabrutinib"), false, "acalabrutinib", "Calquence"),
                  oral(
                      List.of("Venclexta and obinutuzumab", "venetoclax", "ven/obin"),
                      true,
                      "venetoclax",
                      "Venclexta",
                      "Gazyva"),
                  oral(List.of("Brukinsa", "zanubrutinib"), false, "zanubrutinib", "Brukinsa")),
              List.of("white count", "lymphocyte count"),
              List.of("CT scan", "bone marrow biopsy")),
          new CancerType(
              "kidney",
              List.of("kidney cancer", "renal cell carcinoma", "RCC"),
              List.of(
                  oral(List.of("Cabometyx", "cabozantinib"), false, "cabozantinib", "Cabometyx"),
                  oral(List.of("Sutent", "sunitinib"), false, "sunitinib", "Sutent"),
                  immuno(
                      List.of("Keytruda and Inlyta", "pembro axitinib"),
                      "pembrolizumab",
                      "Keytruda",
                      "axitinib",
                      "Inlyta"),
                  immuno(List.of("Opdivo"), "nivolumab", "Opdivo")),
              List.of("kidney function"),
              List.of("CT scan", "CT chest abdomen pelvis", "MRI")),
          new CancerType(
              "bladder",
              List.of("bladder cancer", "urothelial cancer", "bladder ca"),
              List.of(
                  chemo(List.of("gem/cis", "gemcitabine cisplatin"), "gemcitabine", "cisplatin"),
                  new Regimen(
                      List.of("Padcev and Keytruda", "EV pembro"),
                      List.of("Padcev", "enfortumab vedotin", "Keytruda"),
                      true,
                      false,
                      true),
                  new Regimen(
                      List.of("BCG", "BCG treatments"), List.of("BCG"), false, false, false)),
              List.of("urine cytology"),
              List.of("CT urogram", "cystoscopy", "CT scan")),
          new CancerType(
              "gastric",
              List.of(
                  "stomach cancer", "gastric cancer", "esophageal cancer", "GE junction cancer"),
              List.of(
                  chemo(List.of("FLOT", "flot"), "docetaxel", "oxaliplatin", "5-FU", "leucovorin"),
                  chemoImmuno(
                      List.of("FOLFOX and Opdivo", "folfox nivo"),
                      "oxaliplatin",
                      "5-FU",
                      "nivolumab",
                      "Opdivo"),
                  chemo(
                      List.of("carbo/taxol with radiation", "CROSS"), "carboplatin", "paclitaxel")),
              List.of("CEA", "CA 19-9"),
              List.of("CT scan", "PET scan", "endoscopy")),
          new CancerType(
              "brain",
              List.of("glioblastoma", "GBM", "brain tumor", "astrocytoma"),
              List.of(
                  oral(List.of("temozolomide", "Temodar", "TMZ"), true, "temozolomide", "Temodar"),
                  new Regimen(
                      List.of("Avastin"), List.of("bevacizumab", "Avastin"), false, false, false)),
              List.of("MRI results"),
              List.of("brain MRI", "MRI")),
          new CancerType(
              "aml",
              List.of("AML", "acute myeloid leukemia", "MDS"),
              List.of(
                  new Regimen(
                      List.of("aza/ven", "Vidaza and Venclexta", "azacitidine venetoclax"),
                      List.of("azacitidine", "Vidaza", "venetoclax", "Venclexta"),
                      true,
                      false,
                      false),
                  chemo(List.of("7+3", "induction"), "cytarabine", "daunorubicin")),
              List.of("blood counts", "blast count"),
              List.of("bone marrow biopsy")));
}
