# Generator for fixtures/layouts/blind/ifrc-chf.txt: a Red Cross style consolidated emergency appeal
# (Americas 2021-2022, invented publisher), CHF with the typographic apostrophe (1’234’567),
# 22 operations: heading, metadata line, prose, caption, "• Sector – CHF n", "Total requirements: CHF n".
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

D = "\u2013"; EM = "\u2014"; AP = "\u2019"
PUB = "Inter-American Red Cross Solidarity Office, Panama City"
SH, LB, HE, WS, PG, NS, DR, CE, MI = ("Shelter and settlements", "Livelihoods and basic needs", "Health",
    "Water, sanitation and hygiene", "Protection, gender and inclusion", "National Society strengthening",
    "Disaster risk reduction", "Community engagement and accountability", "Migration")

def c(s):  # write figures in prose/metadata with the house apostrophe
    return s.replace("'", AP)

O = [
 ("Haiti", "earthquake in the Southern peninsula", "Emergency appeal MDRHT018 | launched 16 August 2021 | 18 months | 240'000 people to be assisted",
  ["The magnitude 7.2 earthquake of 14 August 2021 killed more than 2'200 people and damaged or destroyed some 137'000 houses in the departments of Sud, Grand'Anse and Nippes. Tropical Storm Grace struck the same area two days later.",
   "A DREF allocation of CHF 350'000 was released on 15 August to start the relief phase; it is included in the budget below."],
  "Budget by sector", [(SH, 2486300), (HE, 1218750), (WS, 964200), (LB, 1372450), (PG, 286900), (NS, 521400)],
  ("swap", 1, 1281750), "Funding received to date: CHF 2'915'000 (43%)"),
 ("Guatemala", "recovery after hurricanes Eta and Iota", "Emergency appeal MDRGT017 | launched 13 November 2020 | 24 months | 80'000 people to be assisted",
  ["Eta and Iota struck Alta Verapaz, Izabal and Quiché within two weeks in November 2020. In Campur a landslide buried more than 100 people; the 2021 revision extends recovery activities to the end of 2022."],
  "Budget by area of focus", [(SH, 938450), (LB, 612300), (HE, 287150), (WS, 402600), (DR, 174500)], None, None),
 ("Honduras", "hurricanes Eta and Iota", "Emergency appeal MDRHN018 | launched 14 November 2020 | 24 months | 150'000 people to be assisted",
  ["In the Sula valley the Ulúa and Chamelecón rivers flooded San Pedro Sula and La Lima twice in November 2020. The Honduran Red Cross still runs 11 collective centres where families have lived for more than a year."],
  "Budget by sector", [(SH, 1654200), (LB, 1082750), (HE, 546300), (WS, 738900), (PG, 198350), (CE, 112500)], None, None),
 ("Nicaragua", "hurricanes Eta and Iota on the Caribbean coast", "Emergency appeal MDRNI011 | launched 12 November 2020 | 18 months | 48'000 people to be assisted",
  ["Iota made landfall near Haulover, 25 km south of Bilwi, as a category 4 hurricane on 16 November 2020, a few kilometres from where Eta had come ashore two weeks earlier."],
  "Budget by sector", [(SH, 486250), (WS, 318400), (HE, 205750), (LB, 264600)], None, None),
 ("Colombia", "population movement from Venezuela", "Emergency appeal MDRCO014 | revised 30 June 2021 | until December 2022 | 410'000 people to be assisted",
  ["Colombia hosts about 1.8 million people from Venezuela. In 2021 the temporary protection statute opened a ten-year regularisation; Colombian Red Cross branches in La Guajira, Norte de Santander and Nariño run health posts on the main walking routes."],
  "Budget by sector", [(HE, 1374500), (MI, 865250), (WS, 412300), (PG, 336950), (LB, 521000)],
  ("mixed", 0, "1,374'500"), "Funding received to date: CHF 1'206'000 (34%)"),
 ("Venezuela", "health and water in a protracted crisis", "Emergency appeal MDRVE004 | extended 2 March 2021 | until February 2022 | 1'100'000 people to be assisted",
  ["The Venezuelan Red Cross runs 8 hospitals and 33 outpatient clinics. Since the COVID-19 pandemic, most of its water and hygiene work has moved to schools and hospitals in Zulia, Táchira and the Capital District."],
  "Budget by sector", [(HE, 2146800), (WS, 1287400), (CE, 143600), (NS, 622200)], None, None),
 ("Ecuador", "people in transit", "Emergency appeal MDREC019 | launched 20 April 2021 | 12 months | 65'000 people to be assisted",
  ["Up to 2'000 people a day crossed the Rumichaca bridge from Colombia in the first months of 2021. Many stay in Ecuador only a few days before moving on to Peru and Chile."],
  "Budget by sector", [(MI, 398700), (HE, 276450), (WS, 157350), (PG, 118500)], None, None),
 ("Peru", "migrants and host communities", "Emergency appeal MDRPE022 | launched 11 May 2021 | 12 months | 90'000 people to be assisted",
  ["More than a million Venezuelans now live in Peru, 80% of them in Lima and Callao. The Peruvian Red Cross meets newcomers at the Tumbes border post and in the northern districts of Lima."],
  "Budget by area of focus", [(MI, 512800), (HE, 381250), (LB, 446700), (CE, 84250)], None, None),
 ("Saint Vincent and the Grenadines", "La Soufrière eruption", "Emergency appeal MDRVC005 | launched 14 April 2021 | 12 months | 20'000 people to be assisted",
  ["The explosive eruptions of La Soufrière from 9 April 2021 covered the north of Saint Vincent in ash and forced about 20'000 people from the red and orange zones into 85 public shelters and private homes."],
  "Budget by sector", [(SH, 584300), (LB, 462150), (WS, 293400), (HE, 187650)],
  ("nocur", 1), "Funding received to date: CHF 988'500 (65%)"),
 ("Bolivia", "forest fires in Santa Cruz and Beni", "DREF operation MDRBO015 | launched 9 September 2021 | 4 months | 6'000 people to be assisted",
  ["Fires in the Chiquitania and the Beni savannah burned more than 1.2 million hectares between July and September 2021. Smoke kept the schools of San Ignacio de Velasco closed for three weeks."],
  "Budget by sector", [(HE, 86450), (LB, 112300), (WS, 64750), (DR, 38500)], None, None),
 ("Paraguay", "drought and low water on the Paraguay river", "DREF operation MDRPY027 | launched 2 October 2021 | 5 months | 7'500 people to be assisted",
  ["The Paraguay river at Asunción fell to its lowest level in 50 years in October 2021. River communities of the Chaco, who depend on barges for water and food, have been cut off for weeks."],
  "Budget by sector", [(WS, 142800), (LB, 96350), (HE, 48600), (CE, 21250)], ("total", 319000), None),
 ("Brazil", "floods in Amazonas and Acre", "Emergency appeal MDRBR015 | launched 10 June 2021 | 9 months | 52'000 people to be assisted",
  ["The Rio Negro at Manaus reached 30.02 metres on 16 June 2021, the highest level since records began in 1902. In Acre the floods came on top of a dengue outbreak and the arrival of migrants from Haiti and Venezuela."],
  "Budget by sector", [(SH, 318450), (HE, 274300), (WS, 226850), (LB, 195400)], None, None),
 ("Chile", "migrants crossing at Colchane", "DREF operation MDRCL015 | launched 8 February 2021 | 6 months | 12'000 people to be assisted",
  ["In January and February 2021 thousands of people crossed the Andes on foot at Colchane, 3'700 metres above sea level. The Chilean Red Cross set up first aid and warming posts at Colchane and in Iquique."],
  "Budget by area of focus", [(HE, 104250), (MI, 137600), (SH, 58150)], None, None),
 ("Dominican Republic", "floods in the north", "DREF operation MDRDO013 | launched 24 November 2021 | 4 months | 10'000 people to be assisted",
  ["Heavy rain from 17 to 20 November 2021 flooded 73 communities in Puerto Plata, Espaillat and Duarte, and 1'450 houses were damaged."],
  "Budget by sector", [(SH, 118400), (WS, 92650), (HE, 43200), (LB, 61750)], None, None),
 ("Cuba", "Tropical Storm Elsa", "DREF operation MDRCU007 | launched 9 July 2021 | 6 months | 15'000 people to be assisted",
  ["Elsa crossed the provinces of Cienfuegos, Villa Clara, Matanzas and Sancti Spíritus on 5 and 6 July 2021. More than 180'000 people were evacuated in advance, most of them to relatives' homes."],
  "Budget by sector", [(SH, 146300), (WS, 88450), (HE, 57250)], None, None),
 ("Jamaica", "floods and landslides", "DREF operation MDRJM004 | launched 20 November 2020 | 6 months | 5'000 people to be assisted",
  ["The rains that followed Tropical Storms Zeta and Eta in October and November 2020 caused floods and landslides in Clarendon, St Catherine and St Thomas; 21 communities were cut off."],
  "Budget by sector", [(SH, 96800), (LB, 74350), (WS, 52100), (CE, 18750)], ("nocolon",), None),
 ("Belize", "drought in the south", "DREF operation MDRBZ004 | launched 30 July 2021 | 5 months | 4'200 people to be assisted",
  ["Two years of below-average rainfall have hit the subsistence farmers of Toledo and Stann Creek hardest: the 2020 milpa harvest was half the usual."],
  "Budget by area of focus", [(LB, 128600), (WS, 76250), (HE, 31150)], None, None),
 ("El Salvador", "tropical storms Amanda and Cristóbal", "Emergency appeal MDRSV014 | revised 15 January 2021 | until June 2022 | 36'000 people to be assisted",
  ["Amanda and Cristóbal brought more than 600 mm of rain in a week in June 2020. In the metropolitan area of San Salvador, 4'300 families lost their homes to floods and landslides."],
  "Budget by sector", [(SH, 612400), (HE, 238150), (WS, 305600), (LB, 412850), (DR, 126000)], None,
  "Funding received to date: CHF 1'051'000 (62%)"),
 ("Panama", "people crossing the Darién", "Emergency appeal MDRPA016 | launched 27 September 2021 | 12 months | 70'000 people to be assisted",
  ["More than 100'000 people crossed the Darién Gap from Colombia in the first nine months of 2021, over ten times the figure for 2020. The Panamanian Red Cross provides first aid and water at the reception stations of Lajas Blancas and San Vicente."],
  "Budget by sector", [(MI, 462300), (HE, 318750), (WS, 204950), (PG, 146000)], None, None),
 ("Mexico", "migrants at the southern and northern borders", "Emergency appeal MDRMX018 | launched 5 October 2021 | 12 months | 60'000 people to be assisted",
  ["The Mexican Red Cross assists people in transit at the southern border in Tapachula and at the northern border in Tijuana, Ciudad Juárez and Reynosa, where many wait for months."],
  "Budget by sector", [(MI, 584600), (HE, 347200), (WS, 186450), (PG, 171750)], None, None),
 ("Costa Rica", "asylum seekers from Nicaragua", "DREF operation MDRCR021 | launched 23 August 2021 | 6 months | 8'000 people to be assisted",
  ["Costa Rica received more than 60'000 asylum applications from Nicaraguans in 2021. Most of the newcomers live in the northern cantons of Upala and Los Chiles or in the informal settlements of San José."],
  "Budget by area of focus", [(MI, 112800), (HE, 76450), (LB, 94750)], None, None),
 ("Guyana", "floods in all ten regions", "Emergency appeal MDRGY006 | launched 18 June 2021 | 9 months | 29'000 people to be assisted",
  ["The floods of May and June 2021 were the worst in Guyana in 16 years and affected all ten regions. Indigenous communities along the Essequibo and Rupununi rivers lost their cassava farms."],
  "Budget by sector", [(SH, 284500), (LB, 346250), (WS, 218600), (HE, 152650)], ("drop", 2), None),
]


def build():
    d = Doc()
    d.add("AMERICAS REGION " + EM + " RED CROSS EMERGENCY OPERATIONS 2021" + D + "2022")
    d.add("Consolidated funding requirements")
    d.add(PUB)
    d.add("")
    d.para(c("This document brings together the budgets of the 22 emergency appeals and DREF operations that the Red Cross Societies of the Americas are running in 2021 and 2022. Together they aim to assist about 2.7 million people. All amounts are in Swiss francs (CHF); the figures of each operation are those of its latest operational update."))
    d.para(c("Coverage differs widely. The large migration operations in South America were funded at less than 40%, while some DREF operations were fully covered within days. The regional office in Panama City holds 1'800 family kits and 600 shelter kits for the hurricane season."))
    d.add("")
    rows, marks = [], []
    for g, (country, title, meta, prose, caption, items, err, after) in enumerate(O, 1):
        d.add(f"Operation {g} {EM} {country}: {title}")
        d.add(c(meta))
        d.add("")
        for p in prose:
            d.para(c(p))
        d.add(caption)
        read = []
        for i, (sec, a) in enumerate(items):
            if err and err[0] == "drop" and err[1] == i:
                marks.append(f"{country}: item {sec} CHF {ch(a)} removed, total still counts it")
                continue
            num, val, pre = ch(a), a, f"{D} CHF "
            if err and err[1:2] == (i,):
                if err[0] == "swap": num, val = ch(err[2]), err[2]
                if err[0] == "mixed": num = c(err[2])
                if err[0] == "nocur": pre = f"{D} "
            d.add(f"\u2022 {sec} {pre}{num}")
            read.append(Dm(val))
            if err and err[1:2] == (i,):
                marks.append(f"{country}: {err[0]} at line {d.n}: {d.lines[-1]!r}")
        true = sum(a for _, a in items)
        dec = err[1] if err and err[0] == "total" else true
        colon = "" if err and err[0] == "nocolon" else ":"
        d.add(f"Total requirements{colon} CHF {ch(dec)}")
        rows.append((d.n, f"Operation {g} {country}", read, Dm(dec)))
        if colon == "":
            marks.append(f"{country}: malformed total at line {d.n}: {d.lines[-1]!r}")
        if after:
            d.add(c(after))
        d.add("")
        d.add("")
    d.add("CONTACTS")
    d.add("")
    d.para("Operations coordinator for the Americas and the regional head of partnerships, Panama City. Pledges should quote the appeal number of the operation they support.")
    return d, rows, marks


if __name__ == "__main__":
    d, rows, marks = build()
    d.write("ifrc-chf.txt")
    write_tsv("ifrc-chf.sections.tsv", rows)
    print(f"ifrc-chf: {len(rows)} totals")
    report(rows, marks)
